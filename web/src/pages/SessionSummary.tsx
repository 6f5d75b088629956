import { Link } from '../components/Link';
import { useI18n } from '../i18n/context';
import { describeRoles } from '../roles';
import { ROUTES } from '../routes';
import { useSession } from '../session/context';

/** Who is logged in, with roles; or an invitation to log in. */
export function SessionSummary() {
  const { t } = useI18n();
  const { state } = useSession();

  if (state.status === 'loading') {
    return <p className="panel panel-muted">{t('start.loading')}</p>;
  }

  if (state.status === 'anonymous') {
    return (
      <div className="panel">
        <p>{t('start.loginPrompt')}</p>
        <Link className="button button-primary" href={ROUTES.login}>
          {t('auth.login')}
        </Link>
      </div>
    );
  }

  const { user } = state;
  const roles = describeRoles(user, t);
  return (
    <section className="panel panel-session" aria-labelledby="session-heading">
      <h2 id="session-heading">{t('start.signedInAs', { name: user.display_name })}</h2>
      <p>{t('start.email', { email: user.email })}</p>
      <h3>{t('start.roles')}</h3>
      {roles.length === 0 ? (
        <p>{t('start.noRoles')}</p>
      ) : (
        <ul>
          {roles.map((role) => (
            <li key={role}>{role}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
