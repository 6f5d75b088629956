import { useEffect, useState } from 'react';
import { listUsers, type User } from '../../api';
import { ExportButtons } from '../../components/ExportButtons';
import { FormAlert } from '../../components/FormAlert';
import { RequireAdmin } from '../../components/Guards';
import { Link } from '../../components/Link';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';
import { describeRole } from '../../roles';
import { useFlash } from '../../router';
import { adminUserPath, ROUTES } from '../../routes';
import { AdminFrame } from './AdminFrame';

export function UsersPage() {
  return <RequireAdmin>{() => <UsersList />}</RequireAdmin>;
}

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; users: User[] };

/** All user accounts (GET /api/v1/users) with a link to each one and to "anlegen". */
function UsersList() {
  const { t } = useI18n();
  const flash = useFlash();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    listUsers()
      .then((users) => active && setLoad({ status: 'loaded', users }))
      .catch((error: unknown) => active && setLoad({ status: 'failed', message: errorText(error, t) }));
    return () => {
      active = false;
    };
    // Loaded once per visit (`t` left out on purpose: a language switch need not reload).
  }, []);

  return (
    <AdminFrame title={t('users.title')}>
      <FormAlert kind="success" message={flash} />
      <p>
        <Link className="button button-primary" href={ROUTES.adminNewUser}>
          {t('users.create')}
        </Link>{' '}
        <Link className="button" href={ROUTES.importOrganisations}>
          {t('import.title')}
        </Link>
      </p>
      <ExportButtons path="/api/v1/users" />
      {load.status === 'loading' && <p aria-live="polite">{t('common.loading')}</p>}
      {load.status === 'failed' && <FormAlert message={load.message} />}
      {load.status === 'loaded' && (
        // Focusable so that keyboard users can scroll the table sideways on small screens.
        <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="users-caption">{t('users.caption', { count: load.users.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.col.name')}</th>
                <th scope="col">{t('users.col.email')}</th>
                <th scope="col">{t('users.col.roles')}</th>
                <th scope="col">{t('users.col.admin')}</th>
                <th scope="col">{t('users.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {load.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link href={adminUserPath(user.id)}>{user.display_name}</Link>
                    {user.is_demo === true && <span className="tag">{t('users.demo')}</span>}
                  </th>
                  <td>{user.email}</td>
                  <td>
                    {user.roles.length === 0 ? (
                      <span className="muted">{t('users.noRoles')}</span>
                    ) : (
                      <ul className="plain-list">
                        {user.roles.map((role) => (
                          <li key={role.id ?? `${role.scope}-${role.scope_id}-${role.role}`}>{describeRole(role, t)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{user.is_admin ? t('common.yes') : t('common.no')}</td>
                  <td>
                    {user.disabled === true ? (
                      <span className="status status-off">{t('users.status.disabled')}</span>
                    ) : (
                      <span className="status status-on">{t('users.status.active')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminFrame>
  );
}
