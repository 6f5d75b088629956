import { useRef, useState, type FormEvent } from 'react';
import { ApiError, changeMyPassword } from '../../api';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';

const NO_ERRORS = { current: '', next: '', repeat: '', form: '' };

/** Change the own password (PUT /api/v1/me/password). */
export function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const found = {
      current: current === '' ? t('validation.currentPasswordRequired') : '',
      next: next === '' ? t('validation.newPasswordRequired') : '',
      repeat: next !== '' && next !== repeat ? t('validation.passwordMismatch') : '',
      form: '',
    };
    setErrors(found);
    if (found.current !== '' || found.next !== '' || found.repeat !== '') {
      (found.current !== '' ? currentRef : found.next !== '' ? nextRef : repeatRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      await changeMyPassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setSaved(true);
    } catch (error) {
      const text = errorText(error, t);
      const field = error instanceof ApiError ? error.field : null;
      if (field === 'current_password') {
        setErrors({ ...NO_ERRORS, current: text });
        currentRef.current?.focus();
      } else if (field === 'new_password' || field === 'password') {
        // The server names the password rule's field "password".
        setErrors({ ...NO_ERRORS, next: text });
        nextRef.current?.focus();
      } else {
        setErrors({ ...NO_ERRORS, form: text });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.password.title')}</h2>
      <form className="form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
        <FormAlert message={errors.form} />
        <FormAlert kind="success" message={saved ? t('account.password.saved') : ''} />
        <TextField
          id="password-current"
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={errors.current}
          inputRef={currentRef}
        />
        <TextField
          id="password-new"
          label={t('reset.password')}
          hint={t('account.password.hint')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={errors.next}
          inputRef={nextRef}
        />
        <TextField
          id="password-repeat"
          label={t('reset.passwordRepeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
          inputRef={repeatRef}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('reset.submitting') : t('account.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
