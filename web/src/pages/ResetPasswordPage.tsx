import { useRef, useState, type FormEvent } from 'react';
import { ApiError, confirmPasswordReset } from '../api';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { useLocation } from '../router';
import { ROUTES } from '../routes';

/** Sets a new password with the token from the mail link (?token=…). */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState({ password: '', repeat: '', form: '' });
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  if (token === '') {
    return (
      <>
        <PageTitle>{t('reset.title')}</PageTitle>
        <FormAlert message={t('reset.missingToken')} />
        <p>
          <Link href={ROUTES.forgotPassword}>{t('reset.requestNew')}</Link>
        </p>
      </>
    );
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = {
      password: password === '' ? t('validation.newPasswordRequired') : '',
      repeat: password !== '' && password !== repeat ? t('validation.passwordMismatch') : '',
      form: '',
    };
    setErrors(next);
    if (next.password !== '' || next.repeat !== '') {
      (next.password !== '' ? passwordRef : repeatRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      await confirmPasswordReset(token, password);
      setDone(true);
    } catch (error) {
      const text = errorText(error, t);
      const onPassword = error instanceof ApiError && error.field === 'password';
      setErrors({ password: onPassword ? text : '', repeat: '', form: onPassword ? '' : text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('reset.title')}</PageTitle>
      {done ? (
        <>
          <FormAlert kind="success" message={t('reset.success')} />
          <p>
            <Link className="button button-primary" href={ROUTES.login}>
              {t('auth.login')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('reset.intro')}</p>
          <form className="form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
            <FormAlert message={errors.form} />
            <TextField
              id="reset-password"
              label={t('reset.password')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={errors.password}
              inputRef={passwordRef}
            />
            <TextField
              id="reset-password-repeat"
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
                {busy ? t('reset.submitting') : t('reset.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
