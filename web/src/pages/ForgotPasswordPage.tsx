import { useRef, useState, type FormEvent } from 'react';
import { requestPasswordReset } from '../api';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';

/** Asks for a reset link. The answer never reveals whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [formError, setFormError] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError('');
    if (email.trim() === '') {
      setFieldError(t('validation.emailRequired'));
      emailRef.current?.focus();
      return;
    }
    setFieldError('');
    setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (error) {
      setFormError(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('forgot.title')}</PageTitle>
      {sent ? (
        <FormAlert kind="success" message={t('forgot.sent')} />
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <form className="form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
            <FormAlert message={formError} />
            <TextField
              id="forgot-email"
              label={t('login.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={fieldError}
              inputRef={emailRef}
            />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? t('forgot.submitting') : t('forgot.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link href={ROUTES.login}>{t('forgot.backToLogin')}</Link>
      </p>
    </>
  );
}
