import type { ReactNode } from 'react';
import type { User } from '../api';
import { useI18n } from '../i18n/context';
import { useLocation } from '../router';
import { loginPath, ROUTES } from '../routes';
import { useSession } from '../session/context';
import { Link } from './Link';
import { PageTitle } from './PageTitle';

/** Shows `children(user)` to logged-in users; others are asked to log in. */
export function RequireLogin({ children }: { children: (user: User) => ReactNode }) {
  const { t } = useI18n();
  const { state } = useSession();
  const { path, search } = useLocation();

  if (state.status === 'loading') return <p className="panel panel-muted">{t('start.loading')}</p>;
  if (state.status === 'anonymous') {
    return (
      <>
        <PageTitle>{t('authRequired.title')}</PageTitle>
        <div className="panel">
          <p>{t('authRequired.text')}</p>
          <Link className="button button-primary" href={loginPath(path + search)}>
            {t('auth.login')}
          </Link>
        </div>
      </>
    );
  }
  return <>{children(state.user)}</>;
}

/** Like RequireLogin, and only for platform administrators; others see "Keine Berechtigung". */
export function RequireAdmin({ children }: { children: (user: User) => ReactNode }) {
  const { t } = useI18n();
  return (
    <RequireLogin>
      {(user) =>
        user.is_admin ? (
          children(user)
        ) : (
          <>
            <PageTitle>{t('admin.forbidden.title')}</PageTitle>
            <div className="panel panel-warning" role="status">
              <p>{t('admin.forbidden.text')}</p>
            </div>
            <p>
              <Link href={ROUTES.start}>{t('login.toStart')}</Link>
            </p>
          </>
        )
      }
    </RequireLogin>
  );
}
