import { useState } from 'react';
import { useI18n } from '../i18n/context';
import { navigate } from '../router';
import { ROUTES } from '../routes';
import { useSession } from '../session/context';
import { Link } from './Link';

/** Header area: "Anmelden" link when logged out; name and "Abmelden" when logged in. */
export function AuthControls() {
  const { t } = useI18n();
  const { state, logout } = useSession();
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <div className="auth-controls" />;

  if (state.status === 'anonymous') {
    return (
      <div className="auth-controls">
        <Link className="button button-secondary" href={ROUTES.login}>
          {t('auth.login')}
        </Link>
      </div>
    );
  }

  const handleLogout = async () => {
    setBusy(true);
    await logout();
    setBusy(false);
    navigate(ROUTES.start);
  };

  return (
    <div className="auth-controls">
      <span className="auth-user">{state.user.display_name}</span>
      <button type="button" className="button button-secondary" onClick={handleLogout} disabled={busy}>
        {busy ? t('auth.loggingOut') : t('auth.logout')}
      </button>
    </div>
  );
}
