import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { LegalPage } from './pages/LegalPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { StartPage } from './pages/StartPage';
import { ROUTES, SECTIONS } from './routes';

/** Picks the page for a path. Trailing slashes are ignored. */
export function PageForPath({ path }: { path: string }) {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  switch (normalised) {
    case ROUTES.start:
      return <StartPage />;
    case ROUTES.login:
      return <LoginPage />;
    case ROUTES.forgotPassword:
      return <ForgotPasswordPage />;
    case ROUTES.resetPassword:
      return <ResetPasswordPage />;
    case ROUTES.imprint:
      return <LegalPage document="impressum" />;
    case ROUTES.privacy:
      return <LegalPage document="datenschutz" />;
    default: {
      const section = SECTIONS.find((s) => s.path === normalised);
      return section === undefined ? <NotFoundPage /> : <PlaceholderPage section={section} />;
    }
  }
}
