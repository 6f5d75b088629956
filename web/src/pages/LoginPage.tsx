import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { useI18n } from '../i18n/context';
import { navigate, safeReturnPath, useLocation } from '../router';
import { ROUTES } from '../routes';
import { useSession } from '../session/context';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const { search } = useLocation();
  const returnTo = safeReturnPath(new URLSearchParams(search).get('ziel')) ?? ROUTES.start;
  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      {state.status === 'authenticated' ? (
        <p>
          {t('login.alreadySignedIn')} <Link href={ROUTES.start}>{t('login.toStart')}</Link>
        </p>
      ) : (
        <>
          <p>{t('login.intro')}</p>
          <LoginForm onSuccess={() => navigate(returnTo)} />
        </>
      )}
    </>
  );
}
