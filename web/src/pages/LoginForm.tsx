import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { TextField } from '../components/TextField';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import { ROUTES } from '../routes';
import { useSession } from '../session/context';

interface Errors {
  email: string;
  password: string;
  form: string;
}

const NO_ERRORS: Errors = { email: '', password: '', form: '' };

/** E-mail and password. Shows the server's (localised) message when login fails. */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useI18n();
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Errors = {
      email: email.trim() === '' ? t('validation.emailRequired') : '',
      password: password === '' ? t('validation.passwordRequired') : '',
      form: '',
    };
    if (missing.email !== '' || missing.password !== '') {
      setErrors(missing);
      (missing.email !== '' ? emailRef : passwordRef).current?.focus();
      return;
    }

    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await login(email.trim(), password);
      onSuccess();
    } catch (error) {
      const text = errorText(error, t);
      const field = error instanceof ApiError ? error.field : null;
      if (field === 'email' || field === 'password') setErrors({ ...NO_ERRORS, [field]: text });
      else setErrors({ ...NO_ERRORS, form: text });
      setBusy(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
      <FormAlert message={errors.form} />
      <TextField
        id="login-email"
        label={t('login.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={errors.email}
        inputRef={emailRef}
      />
      <TextField
        id="login-password"
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        inputRef={passwordRef}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
        <Link href={ROUTES.forgotPassword}>{t('login.forgot')}</Link>
      </div>
    </form>
  );
}
