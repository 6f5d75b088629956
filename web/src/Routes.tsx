import { ImportWizardPage } from './directory/ImportWizard';
import { MethodPage } from './monitor/MethodPage';
import { MonitorPage } from './monitor/MonitorPage';
import { AccountPage } from './pages/account/AccountPage';
import { AuditPage } from './pages/admin/AuditPage';
import { CaseBoardPage } from './pages/dualcareer/CaseBoardPage';
import { ConsentPage } from './pages/dualcareer/ConsentPage';
import { NewUserPage } from './pages/admin/NewUserPage';
import { UserDetailPage } from './pages/admin/UserDetailPage';
import { UsersPage } from './pages/admin/UsersPage';
import { VocabulariesPage } from './pages/admin/VocabulariesPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { LegalPage } from './pages/LegalPage';
import { LoginPage } from './pages/LoginPage';
import { NetworkEditorPage } from './pages/NetworkEditorPage';
import { NetworkPage } from './pages/NetworkPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganisationEditorPage } from './pages/OrganisationEditorPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { PracticeEditorPage } from './pages/PracticeEditorPage';
import { PracticePage } from './pages/PracticePage';
import { PracticesPage } from './pages/PracticesPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SearchPage } from './pages/SearchPage';
import { StartPage } from './pages/StartPage';
import { ROUTES, SECTIONS } from './routes';

const USER_DETAIL = /^\/verwaltung\/benutzer\/(\d{1,15})$/;
const NETWORK_DETAIL = /^\/netzwerke\/(\d{1,15})$/;
const NETWORK_EDIT = /^\/netzwerke\/(\d{1,15})\/bearbeiten$/;
const ORGANISATION_DETAIL = /^\/organisationen\/(\d{1,15})$/;
const ORGANISATION_EDIT = /^\/organisationen\/(\d{1,15})\/bearbeiten$/;
const PRACTICE_DETAIL = /^\/praxisdatenbank\/(\d{1,15})$/;
const PRACTICE_EDIT = /^\/praxisdatenbank\/(\d{1,15})\/bearbeiten$/;
// Consent tokens are unpadded base64url (32 random bytes → 43 characters).
const CONSENT = /^\/einwilligung\/([A-Za-z0-9_-]{16,128})$/;

/** ?netzwerk=ID of the case board (default 1, the demo network). */
function networkParam(): number {
  const n = Number(new URLSearchParams(window.location.search).get('netzwerk') ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

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
    case ROUTES.networks:
      return <SearchPage />;
    case ROUTES.newNetwork:
      return <NetworkEditorPage />;
    case ROUTES.newOrganisation:
      return <OrganisationEditorPage />;
    case ROUTES.practice:
      return <PracticesPage />;
    case ROUTES.newPractice:
      return <PracticeEditorPage />;
    case ROUTES.account:
      return <AccountPage />;
    case ROUTES.admin:
      return <UsersPage />;
    case ROUTES.adminNewUser:
      return <NewUserPage />;
    case ROUTES.adminAudit:
      return <AuditPage />;
    case ROUTES.adminVocabularies:
      return <VocabulariesPage />;
    case ROUTES.importOrganisations:
      return <ImportWizardPage />;
    case ROUTES.jobForTwoCases:
      return <CaseBoardPage network={networkParam()} />;
    case ROUTES.monitor:
      return <MonitorPage />;
    case ROUTES.monitorMethod:
      return <MethodPage />;
    default: {
      const user = USER_DETAIL.exec(normalised);
      if (user?.[1] !== undefined) return <UserDetailPage key={user[1]} id={Number(user[1])} />;
      const network = NETWORK_DETAIL.exec(normalised);
      if (network?.[1] !== undefined) return <NetworkPage key={network[1]} id={Number(network[1])} />;
      const organisation = ORGANISATION_DETAIL.exec(normalised);
      if (organisation?.[1] !== undefined) return <OrganisationPage key={organisation[1]} id={Number(organisation[1])} />;
      const networkEdit = NETWORK_EDIT.exec(normalised);
      if (networkEdit?.[1] !== undefined) return <NetworkEditorPage key={networkEdit[1]} id={Number(networkEdit[1])} />;
      const organisationEdit = ORGANISATION_EDIT.exec(normalised);
      if (organisationEdit?.[1] !== undefined)
        return <OrganisationEditorPage key={organisationEdit[1]} id={Number(organisationEdit[1])} />;
      const practice = PRACTICE_DETAIL.exec(normalised);
      if (practice?.[1] !== undefined) return <PracticePage key={practice[1]} id={Number(practice[1])} />;
      const practiceEdit = PRACTICE_EDIT.exec(normalised);
      if (practiceEdit?.[1] !== undefined) return <PracticeEditorPage key={practiceEdit[1]} id={Number(practiceEdit[1])} />;
      const consent = CONSENT.exec(normalised);
      if (consent?.[1] !== undefined) return <ConsentPage key={consent[1]} token={consent[1]} />;
      const section = SECTIONS.find((s) => s.path === normalised);
      return section === undefined ? <NotFoundPage /> : <PlaceholderPage section={section} />;
    }
  }
}
