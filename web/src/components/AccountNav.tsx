import { useI18n } from '../i18n/context';
import { useLocation } from '../router';
import { ROUTES } from '../routes';
import { useSession } from '../session/context';
import { Link } from './Link';

/** Right side of the navigation bar when logged in: "Mein Konto", "Verwaltung" (admins only). */
export function AccountNav() {
  const { t } = useI18n();
  const { state } = useSession();
  const { path } = useLocation();
  if (state.status !== 'authenticated') return null;
  const inAdmin = path === ROUTES.admin || path.startsWith(`${ROUTES.admin}/`);
  return (
    <nav className="account-nav" aria-label={t('accountNav.label')}>
      <ul>
        <li>
          <Link href={ROUTES.account} aria-current={path === ROUTES.account ? 'page' : undefined}>
            {t('nav.account')}
          </Link>
        </li>
        {state.user.is_admin && (
          <li>
            <Link href={ROUTES.admin} aria-current={inAdmin ? (path === ROUTES.admin ? 'page' : 'true') : undefined}>
              {t('nav.admin')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
