import { useRef, useState, type FormEvent } from 'react';
import { ApiError, createUser, type Language } from '../../api';
import { CheckboxField } from '../../components/CheckboxField';
import { FormAlert } from '../../components/FormAlert';
import { RequireAdmin } from '../../components/Guards';
import { Link } from '../../components/Link';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';
import { isLanguage } from '../../i18n/messages';
import { navigate } from '../../router';
import { ROUTES } from '../../routes';
import { AdminFrame } from './AdminFrame';

export function NewUserPage() {
  const { t } = useI18n();
  return (
    <RequireAdmin>
      {() => (
        <AdminFrame title={t('users.new.title')}>
          <NewUserForm />
        </AdminFrame>
      )}
    </RequireAdmin>
  );
}

type Field = 'display_name' | 'email' | 'password' | 'language' | 'is_admin';
type Errors = Record<Field | 'form', string>;
const NO_ERRORS: Errors = { display_name: '', email: '', password: '', language: '', is_admin: '', form: '' };
const FIELDS: readonly Field[] = ['display_name', 'email', 'password', 'language', 'is_admin'];

/** Creates a user (POST /api/v1/users) and returns to the list with a confirmation. */
export function NewUserForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>('de');
  const [isAdmin, setIsAdmin] = useState(false);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const refs = {
    display_name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    language: useRef<HTMLSelectElement>(null),
  };

  const focusFirst = (found: Errors) => {
    const first = FIELDS.find((field) => found[field] !== '');
    if (first !== undefined && first !== 'is_admin') refs[first].current?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {
      ...NO_ERRORS,
      display_name: name.trim() === '' ? t('validation.nameRequired') : '',
      email: email.trim() === '' ? t('validation.userEmailRequired') : '',
      password: password === '' ? t('validation.initialPasswordRequired') : '',
    };
    setErrors(found);
    if (FIELDS.some((field) => found[field] !== '')) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      const user = await createUser({
        email: email.trim(),
        display_name: name.trim(),
        password,
        is_admin: isAdmin,
        language,
      });
      navigate(ROUTES.admin, { flash: t('users.created', { name: user.display_name, email: user.email }) });
    } catch (error) {
      const text = errorText(error, t);
      const field = error instanceof ApiError ? error.field : null;
      const next: Errors =
        field !== null && (FIELDS as readonly string[]).includes(field)
          ? { ...NO_ERRORS, [field]: text }
          : { ...NO_ERRORS, form: text };
      setErrors(next);
      focusFirst(next);
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('users.new.intro')}</p>
      <form className="form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
        <FormAlert message={errors.form} />
        <TextField
          id="new-user-name"
          label={t('users.field.name')}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors.display_name}
          inputRef={refs.display_name}
        />
        <TextField
          id="new-user-email"
          label={t('users.field.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email}
          inputRef={refs.email}
        />
        <TextField
          id="new-user-password"
          label={t('users.field.password')}
          hint={t('account.password.hint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          inputRef={refs.password}
        />
        <SelectField
          id="new-user-language"
          label={t('users.field.language')}
          value={language}
          onChange={(value) => {
            if (isLanguage(value)) setLanguage(value);
          }}
          options={[
            { value: 'de', label: 'Deutsch', lang: 'de' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
          error={errors.language}
          selectRef={refs.language}
        />
        <CheckboxField
          id="new-user-admin"
          label={t('users.field.isAdmin')}
          checked={isAdmin}
          onChange={setIsAdmin}
          error={errors.is_admin}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('users.new.busy') : t('users.new.submit')}
          </button>
          <Link href={ROUTES.admin}>{t('common.back')}</Link>
        </div>
      </form>
    </>
  );
}
