// URL paths of the app (German, as users see and share them).
import type { MessageKey } from './i18n/messages';

export const ROUTES = {
  start: '/',
  networks: '/netzwerke',
  newNetwork: '/netzwerke/neu',
  newOrganisation: '/organisationen/neu',
  practice: '/praxisdatenbank',
  newPractice: '/praxisdatenbank/neu',
  jobForTwo: '/job-fuer-zwei',
  jobForTwoCases: '/job-fuer-zwei/faelle',
  monitor: '/arbeitsmarktmonitor',
  monitorMethod: '/arbeitsmarktmonitor/methode',
  login: '/anmelden',
  forgotPassword: '/passwort-vergessen',
  resetPassword: '/passwort-zuruecksetzen',
  imprint: '/impressum',
  privacy: '/datenschutz',
  account: '/konto',
  admin: '/verwaltung',
  adminNewUser: '/verwaltung/benutzer/neu',
  adminAudit: '/verwaltung/protokoll',
  adminVocabularies: '/verwaltung/vokabulare',
  importOrganisations: '/import/organisationen',
} as const;

/** Detail page of one network in the directory. */
export function networkPath(id: number): string {
  return `/netzwerke/${id}`;
}

/** The editor of one network. */
export function networkEditPath(id: number): string {
  return `/netzwerke/${id}/bearbeiten`;
}

/** The editor of one organisation. */
export function organisationEditPath(id: number): string {
  return `/organisationen/${id}/bearbeiten`;
}

/** Detail page of one organisation in the directory. */
export function organisationPath(id: number): string {
  return `/organisationen/${id}`;
}

/** One entry of the good-practice database. */
export function practicePath(id: number): string {
  return `/praxisdatenbank/${id}`;
}

/** The editor of one good-practice entry. */
export function practiceEditPath(id: number): string {
  return `/praxisdatenbank/${id}/bearbeiten`;
}

/** The import wizard, importing into `network` when given. */
export function importPath(network?: number): string {
  return network === undefined ? ROUTES.importOrganisations : `${ROUTES.importOrganisations}?netzwerk=${network}`;
}

/** The partner's personal consent link of a "Job für Zwei" case (no account needed). */
export function consentPath(token: string): string {
  return `/einwilligung/${encodeURIComponent(token)}`;
}

/** Detail page of one user in the administration. */
export function adminUserPath(id: number): string {
  return `/verwaltung/benutzer/${id}`;
}

/** The login page, returning to `path` afterwards. */
export function loginPath(returnTo?: string): string {
  return returnTo === undefined || returnTo === ROUTES.start
    ? ROUTES.login
    : `${ROUTES.login}?ziel=${encodeURIComponent(returnTo)}`;
}

export type SectionId = 'networks' | 'practice' | 'jobForTwo' | 'monitor';

export interface Section {
  id: SectionId;
  path: string;
  title: MessageKey;
  description: MessageKey;
}

/** The sections under construction, in navigation order. */
export const SECTIONS: readonly Section[] = [
  { id: 'networks', path: ROUTES.networks, title: 'nav.networks', description: 'placeholder.networks' },
  { id: 'practice', path: ROUTES.practice, title: 'nav.practice', description: 'placeholder.practice' },
  { id: 'jobForTwo', path: ROUTES.jobForTwo, title: 'nav.jobForTwo', description: 'placeholder.jobForTwo' },
  { id: 'monitor', path: ROUTES.monitor, title: 'nav.monitor', description: 'placeholder.monitor' },
];
