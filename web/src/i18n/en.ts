// English texts. Must have exactly the keys of de.ts (checked by the compiler and a test).
import type { Messages } from './de';

export const en: Messages = {
  'app.name': 'Fachwerk',
  'app.tagline': 'Platform for regional skilled-worker networks',
  'skip.toMain': 'Skip to main content',

  'nav.label': 'Main navigation',
  'nav.start': 'Home',
  'nav.networks': 'Networks',
  'nav.practice': 'Good practice',
  'nav.jobForTwo': 'Job für Zwei',
  'nav.monitor': 'Labour market monitor',

  'lang.label': 'Language',
  'lang.de': 'Deutsch',
  'lang.en': 'English',

  'auth.login': 'Log in',
  'auth.logout': 'Log out',
  'auth.loggingOut': 'Logging out …',

  'start.title': 'Welcome to Fachwerk',
  'start.intro1':
    'Fachwerk is an open platform for regional skilled-worker networks and alliances in Germany. Chambers, employment agencies, local authorities, companies and other partners of a region work together here.',
  'start.intro2':
    'You will find the directory of networks, proven examples from practice, the dual-career service “Job für Zwei” and figures on the regional labour market – as a basis for the goals and measures of your network.',
  'start.signedInAs': 'Logged in as {name}',
  'start.email': 'Email address: {email}',
  'start.roles': 'Your roles',
  'start.noRoles': 'No roles have been assigned to you yet.',
  'start.loginPrompt': 'Log in to use the services of your network.',
  'start.sections': 'Sections',
  'start.loading': 'Checking login status …',

  'role.admin': 'Platform administration',
  'role.coordinator': 'Coordinator',
  'role.member': 'Member',
  'role.editor': 'Editor',
  'role.viewer': 'Read access',
  'role.juror': 'Jury',
  'scope.network': 'network no. {id}',
  'scope.organisation': 'organisation no. {id}',
  'scope.programme': 'programme no. {id}',
  'scope.platform': 'whole platform',

  'placeholder.badge': 'Coming soon',
  'placeholder.note': 'This section is being built and will be available soon.',
  'placeholder.networks':
    'The directory of regional skilled-worker networks: partners, fields of action, goals and contacts, with a map of the regions.',
  'placeholder.practice':
    'Proven measures from the networks with starting point and goals, measures, results and contact – searchable by field of action, target group and federal state.',
  'placeholder.jobForTwo':
    'Support for couples: when a member company hires a skilled worker, it can pass on the partner’s job request to the other members with explicit consent. They report matching vacancies.',
  'placeholder.monitor':
    'Maps, time series and tables on the regional labour market: shortage occupations, employment, and projections of skilled-worker supply and demand for your network’s region.',

  'login.title': 'Log in',
  'login.intro': 'Please log in with your email address and password.',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in …',
  'login.forgot': 'Forgot your password?',
  'login.alreadySignedIn': 'You are already logged in.',
  'login.toStart': 'Go to the home page',

  'validation.emailRequired': 'Please enter your email address.',
  'validation.passwordRequired': 'Please enter your password.',
  'validation.newPasswordRequired': 'Please enter a new password.',
  'validation.passwordMismatch': 'The two passwords do not match.',

  'error.generic': 'Something went wrong. Please try again later.',
  'error.network': 'The server cannot be reached. Please check your connection and try again.',
  'error.summary': 'Please correct the marked entries.',

  'forgot.title': 'Forgot your password',
  'forgot.intro':
    'Enter the email address of your account. We will send you a link to set a new password.',
  'forgot.submit': 'Request link',
  'forgot.submitting': 'Sending …',
  'forgot.sent':
    'If an account with this email address exists, we have sent you an email with a link. Please also check your spam folder.',
  'forgot.backToLogin': 'Back to login',

  'reset.title': 'Set a new password',
  'reset.intro': 'Please enter your new password twice.',
  'reset.password': 'New password',
  'reset.passwordRepeat': 'Repeat new password',
  'reset.submit': 'Save password',
  'reset.submitting': 'Saving …',
  'reset.success': 'Your password has been changed. You can now log in with the new password.',
  'reset.missingToken':
    'This link is incomplete. Please open the link from the email again or request a new link.',
  'reset.requestNew': 'Request a new link',

  'footer.label': 'Legal',
  'footer.imprint': 'Legal notice (Impressum)',
  'footer.privacy': 'Privacy policy',
  'footer.about': 'Fachwerk – open platform for regional skilled-worker networks',
  'footer.version': 'Version {version}',

  'legal.imprintTitle': 'Legal notice (Impressum)',
  'legal.privacyTitle': 'Privacy policy (Datenschutzerklärung)',
  'legal.loading': 'Loading text …',
  'legal.placeholder':
    'The operator has not provided this text yet. The operator of this Fachwerk installation must add it before public operation.',
  'legal.germanOnly': 'The legally binding text is provided in German.',

  'notFound.title': 'Page not found',
  'notFound.text': 'The requested page does not exist. Please check the address.',
};
