import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, fetchUser, grantRole, revokeRole, updateUser, type Role, type RoleGrant, type User } from '../../api';
import { ConfirmPanel } from '../../components/ConfirmPanel';
import { FormAlert } from '../../components/FormAlert';
import { RequireAdmin } from '../../components/Guards';
import { Link } from '../../components/Link';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorText } from '../../errors';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/context';
import { describeRole } from '../../roles';
import { ROUTES } from '../../routes';
import { AdminFrame } from './AdminFrame';

export function UserDetailPage({ id }: { id: number }) {
  return <RequireAdmin>{() => <UserDetail id={id} />}</RequireAdmin>;
}

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; user: User };

/** One user: details, block/unblock, roles (GET/PATCH /api/v1/users/{id}, …/roles). */
function UserDetail({ id }: { id: number }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let active = true;
    setLoad({ status: 'loading' });
    fetchUser(id)
      .then((user) => active && setLoad({ status: 'loaded', user }))
      .catch((error: unknown) => active && setLoad({ status: 'failed', message: errorText(error, t) }));
    return () => {
      active = false;
    };
    // `t` left out on purpose: a language switch need not reload.
  }, [id]);

  if (load.status !== 'loaded') {
    return (
      <AdminFrame title={t('users.title')}>
        {load.status === 'loading' ? <p aria-live="polite">{t('common.loading')}</p> : <FormAlert message={load.message} />}
        <p>
          <Link href={ROUTES.admin}>{t('common.back')}</Link>
        </p>
      </AdminFrame>
    );
  }

  const { user } = load;
  const update = (next: User, message: string) => {
    setLoad({ status: 'loaded', user: next });
    setNotice(message);
  };

  return (
    <AdminFrame title={user.display_name}>
      <FormAlert kind="success" message={notice} />
      <UserFacts user={user} />
      <AccessSection user={user} onChange={update} />
      <RolesSection user={user} onChange={update} />
      <p>
        <Link href={ROUTES.admin}>{t('common.back')}</Link>
      </p>
    </AdminFrame>
  );
}

function UserFacts({ user }: { user: User }) {
  const { t, lang } = useI18n();
  return (
    <section className="panel" aria-labelledby="user-facts">
      <h2 id="user-facts">{t('user.data')}</h2>
      <dl className="facts">
        <dt>{t('users.col.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('users.field.language')}</dt>
        <dd>{user.language === 'en' ? 'English' : 'Deutsch'}</dd>
        <dt>{t('users.col.admin')}</dt>
        <dd>{user.is_admin ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('users.col.status')}</dt>
        <dd>{user.disabled === true ? t('users.status.disabled') : t('users.status.active')}</dd>
        {user.created_at !== undefined && (
          <>
            <dt>{t('user.createdAt')}</dt>
            <dd>{formatDateTime(user.created_at, lang)}</dd>
          </>
        )}
        {user.updated_at !== undefined && (
          <>
            <dt>{t('user.updatedAt')}</dt>
            <dd>{formatDateTime(user.updated_at, lang)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

interface SectionProps {
  user: User;
  onChange: (user: User, message: string) => void;
}

/** Block or unblock the account, after confirmation (PATCH {disabled}). */
function AccessSection({ user, onChange }: SectionProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const disabled = user.disabled === true;
  const params = { name: user.display_name, email: user.email };

  const handleConfirm = async () => {
    setBusy(true);
    setError('');
    try {
      const next = await updateUser(user.id, { disabled: !disabled });
      setOpen(false);
      onChange(next, next.disabled === true ? t('user.disabled.done') : t('user.enabled.done'));
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="user-access">
      <h2 id="user-access">{t('user.access')}</h2>
      {disabled && <p className="notice">{t('user.disabled.note')}</p>}
      <p>
        <button
          type="button"
          className={disabled ? 'button button-secondary' : 'button button-danger-outline'}
          aria-expanded={open}
          onClick={() => setOpen(true)}
        >
          {disabled ? t('user.enable') : t('user.disable')}
        </button>
      </p>
      {open && (
        <ConfirmPanel
          title={disabled ? t('user.enable.confirmTitle', params) : t('user.disable.confirmTitle', params)}
          confirmLabel={disabled ? t('user.enable.confirm') : t('user.disable.confirm')}
          busy={busy}
          error={error}
          onConfirm={handleConfirm}
          onCancel={() => {
            setOpen(false);
            setError('');
          }}
        >
          <p>{disabled ? t('user.enable.confirmText', params) : t('user.disable.confirmText', params)}</p>
        </ConfirmPanel>
      )}
    </section>
  );
}

function RolesSection({ user, onChange }: SectionProps) {
  const { t } = useI18n();
  const [revoking, setRevoking] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const handleRevoke = async (role: Role & { id: number }) => {
    setBusy(true);
    setError('');
    try {
      await revokeRole(user.id, role.id);
      setRevoking(null);
      onChange(
        { ...user, roles: user.roles.filter((r) => r.id !== role.id) },
        t('user.roles.revoked', { role: describeRole(role, t) }),
      );
      // The list item (and its button) is gone: continue at the section heading.
      document.getElementById('user-roles')?.focus();
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="user-roles">
      <h2 id="user-roles" tabIndex={-1}>
        {t('user.roles.title')}
      </h2>
      {user.is_admin && <p>{t('role.admin')}</p>}
      {user.roles.length === 0 ? (
        <p>{t('user.roles.none')}</p>
      ) : (
        <ul className="role-list">
          {user.roles.map((role) => {
            const label = describeRole(role, t);
            const roleId = role.id;
            return (
              <li key={roleId ?? label}>
                <span className="role-name">{label}</span>
                {roleId !== undefined && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-expanded={revoking === roleId}
                    onClick={() => {
                      setError('');
                      setRevoking(roleId);
                    }}
                  >
                    {t('user.roles.revoke')}
                    <span className="visually-hidden">: {label}</span>
                  </button>
                )}
                {roleId !== undefined && revoking === roleId && (
                  <ConfirmPanel
                    title={t('user.roles.revokeConfirmTitle', { role: label })}
                    confirmLabel={t('user.roles.revokeConfirm')}
                    busy={busy}
                    error={error}
                    onConfirm={() => handleRevoke({ ...role, id: roleId })}
                    onCancel={() => setRevoking(null)}
                  >
                    <p>{t('user.roles.revokeConfirmText', { name: user.display_name })}</p>
                  </ConfirmPanel>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <GrantRoleForm user={user} onChange={onChange} />
    </section>
  );
}

const ROLES_BY_SCOPE: Record<RoleGrant['scope'], readonly RoleGrant['role'][]> = {
  network: ['coordinator', 'editor', 'member'],
  organisation: ['editor'],
};

type GrantErrors = { scope: string; scope_id: string; role: string; form: string };
const NO_GRANT_ERRORS: GrantErrors = { scope: '', scope_id: '', role: '', form: '' };

/** Grant a role (POST /api/v1/users/{id}/roles {scope, scope_id, role}). */
export function GrantRoleForm({ user, onChange }: SectionProps) {
  const { t } = useI18n();
  const [scope, setScope] = useState<RoleGrant['scope']>('network');
  const [scopeId, setScopeId] = useState('');
  const [role, setRole] = useState<RoleGrant['role']>('member');
  const [errors, setErrors] = useState<GrantErrors>(NO_GRANT_ERRORS);
  const [busy, setBusy] = useState(false);
  const scopeRef = useRef<HTMLSelectElement>(null);
  const scopeIdRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);

  const changeScope = (value: string) => {
    if (value !== 'network' && value !== 'organisation') return;
    setScope(value);
    if (!ROLES_BY_SCOPE[value].includes(role)) setRole(ROLES_BY_SCOPE[value][0] ?? 'editor');
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = /^\s*\d+\s*$/.test(scopeId) ? Number(scopeId) : NaN;
    if (!Number.isSafeInteger(number) || number <= 0) {
      setErrors({ ...NO_GRANT_ERRORS, scope_id: t('validation.scopeIdInvalid') });
      scopeIdRef.current?.focus();
      return;
    }
    setErrors(NO_GRANT_ERRORS);
    setBusy(true);
    try {
      const granted = await grantRole(user.id, { scope, scope_id: number, role });
      setScopeId('');
      onChange({ ...user, roles: [...user.roles, granted] }, t('user.roles.granted', { role: describeRole(granted, t) }));
    } catch (error) {
      const text = errorText(error, t);
      const field = error instanceof ApiError ? error.field : null;
      if (field === 'scope') {
        setErrors({ ...NO_GRANT_ERRORS, scope: text });
        scopeRef.current?.focus();
      } else if (field === 'scope_id') {
        setErrors({ ...NO_GRANT_ERRORS, scope_id: text });
        scopeIdRef.current?.focus();
      } else if (field === 'role') {
        setErrors({ ...NO_GRANT_ERRORS, role: text });
        roleRef.current?.focus();
      } else {
        setErrors({ ...NO_GRANT_ERRORS, form: text });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-busy={busy} aria-labelledby="grant-heading">
      <h3 id="grant-heading">{t('user.roles.grantTitle')}</h3>
      <FormAlert message={errors.form} />
      <SelectField
        id="grant-scope"
        label={t('user.roles.scope')}
        value={scope}
        onChange={changeScope}
        options={[
          { value: 'network', label: t('user.roles.scopeNetwork') },
          { value: 'organisation', label: t('user.roles.scopeOrganisation') },
        ]}
        error={errors.scope}
        selectRef={scopeRef}
      />
      <TextField
        id="grant-scope-id"
        label={scope === 'network' ? t('user.roles.scopeIdNetwork') : t('user.roles.scopeIdOrganisation')}
        inputMode="numeric"
        autoComplete="off"
        value={scopeId}
        onChange={setScopeId}
        error={errors.scope_id}
        inputRef={scopeIdRef}
      />
      <SelectField
        id="grant-role"
        label={t('user.roles.role')}
        value={role}
        onChange={(value) => {
          const allowed = ROLES_BY_SCOPE[scope].find((r) => r === value);
          if (allowed !== undefined) setRole(allowed);
        }}
        options={ROLES_BY_SCOPE[scope].map((r) => ({ value: r, label: t(`role.${r}`) }))}
        error={errors.role}
        selectRef={roleRef}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('user.roles.grant')}
        </button>
      </div>
    </form>
  );
}
