import { useRef, useState, type FormEvent } from 'react';
import { ApiError, updateMe, type Language, type User } from '../../api';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';
import { isLanguage } from '../../i18n/messages';
import { useSession } from '../../session/context';

const NO_ERRORS = { display_name: '', language: '', form: '' };

/** Name and language (PATCH /api/v1/me). A new language applies to the UI at once. */
export function ProfileForm({ user }: { user: User }) {
  const { t, setLanguage } = useI18n();
  const { replaceUser } = useSession();
  const [name, setName] = useState(user.display_name);
  const [language, setLang] = useState<Language>(isLanguage(user.language) ? user.language : 'de');
  const [errors, setErrors] = useState(NO_ERRORS);
  // A kind, not a text: after a language change the message must follow the new language.
  const [success, setSuccess] = useState<'' | 'saved' | 'unchanged'>('');
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const languageRef = useRef<HTMLSelectElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSuccess('');
    if (name.trim() === '') {
      setErrors({ ...NO_ERRORS, display_name: t('validation.nameRequired') });
      nameRef.current?.focus();
      return;
    }
    const changes: { display_name?: string; language?: Language } = {};
    if (name.trim() !== user.display_name) changes.display_name = name.trim();
    if (language !== user.language) changes.language = language;
    setErrors(NO_ERRORS);
    if (Object.keys(changes).length === 0) {
      setSuccess('unchanged');
      return;
    }
    setBusy(true);
    try {
      const updated = await updateMe(changes);
      replaceUser(updated);
      setName(updated.display_name);
      if (isLanguage(updated.language)) setLanguage(updated.language);
      setSuccess('saved');
    } catch (error) {
      const text = errorText(error, t);
      const field = error instanceof ApiError ? error.field : null;
      if (field === 'display_name') {
        setErrors({ ...NO_ERRORS, display_name: text });
        nameRef.current?.focus();
      } else if (field === 'language') {
        setErrors({ ...NO_ERRORS, language: text });
        languageRef.current?.focus();
      } else {
        setErrors({ ...NO_ERRORS, form: text });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profile.title')}</h2>
      <form className="form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
        <FormAlert message={errors.form} />
        <FormAlert kind="success" message={success === '' ? '' : t(`account.profile.${success}`)} />
        <TextField
          id="profile-name"
          label={t('account.profile.name')}
          autoComplete="name"
          value={name}
          onChange={setName}
          error={errors.display_name}
          inputRef={nameRef}
        />
        <SelectField
          id="profile-language"
          label={t('account.profile.language')}
          hint={t('account.profile.languageHint')}
          value={language}
          onChange={(value) => {
            if (isLanguage(value)) setLang(value);
          }}
          options={[
            { value: 'de', label: 'Deutsch', lang: 'de' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
          error={errors.language}
          selectRef={languageRef}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('account.profile.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
