import { useRef, useState } from 'react';
import { ApiError, deleteMe, type User } from '../../api';
import { ConfirmPanel } from '../../components/ConfirmPanel';
import { TextField } from '../../components/TextField';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';
import { describeRoles } from '../../roles';
import { useSession } from '../../session/context';

/**
 * Deleting the own account: a button opens a confirmation step that says what will be
 * deleted and asks for the password (DELETE /api/v1/me).
 */
export function DeleteAccountSection({ user, onDeleted }: { user: User; onDeleted: () => void }) {
  const { t } = useI18n();
  const { forget } = useSession();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState({ password: '', form: '' });
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const roles = describeRoles(user, t);

  const close = () => {
    setOpen(false);
    setPassword('');
    setErrors({ password: '', form: '' });
  };

  const handleConfirm = async () => {
    if (password === '') {
      setErrors({ password: t('validation.passwordRequired'), form: '' });
      passwordRef.current?.focus();
      return;
    }
    setBusy(true);
    setErrors({ password: '', form: '' });
    try {
      await deleteMe(password);
      onDeleted();
      forget();
    } catch (error) {
      const text = errorText(error, t);
      if (error instanceof ApiError && error.field === 'password') {
        setErrors({ password: text, form: '' });
        passwordRef.current?.focus();
      } else {
        setErrors({ password: '', form: text });
      }
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="delete-heading" className="danger-zone">
      <h2 id="delete-heading">{t('account.delete.title')}</h2>
      <p>{t('account.delete.text')}</p>
      <p>
        <button
          type="button"
          className="button button-danger-outline"
          aria-expanded={open}
          onClick={() => setOpen(true)}
        >
          {t('account.delete.start')}
        </button>
      </p>
      {open && (
        <ConfirmPanel
          title={t('account.delete.confirmTitle')}
          confirmLabel={t('account.delete.confirm')}
          busyLabel={t('account.delete.busy')}
          busy={busy}
          error={errors.form}
          onConfirm={handleConfirm}
          onCancel={close}
        >
          <p>{t('account.delete.whatIntro')}</p>
          <ul>
            <li>{t('account.delete.whatAccount', { name: user.display_name, email: user.email })}</li>
            {roles.length > 0 && <li>{t('account.delete.whatRoles', { roles: roles.join('; ') })}</li>}
            <li>{t('account.delete.whatSessions')}</li>
          </ul>
          <p>{t('account.delete.auditNote')}</p>
          <TextField
            id="delete-password"
            label={t('account.delete.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            inputRef={passwordRef}
          />
        </ConfirmPanel>
      )}
    </section>
  );
}
