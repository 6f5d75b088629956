import { createOrganisation, fetchOrganisation, updateOrganisation, type User } from '../api';
import { FormAlert } from '../components/FormAlert';
import { RequireLogin } from '../components/Guards';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { mayCreateOrganisation, mayEditOrganisation } from '../directory/directoryRights';
import {
  emptyOrganisationForm,
  organisationFieldOf,
  organisationInput,
  organisationToForm,
  validateOrganisation,
} from '../directory/organisationForm';
import { useEntryEditor } from '../directory/useEntryEditor';
import { ORGANISATION_TYPES, SIZE_CLASSES } from '../directory/vocabulary';
import { useI18n } from '../i18n/context';
import { navigate } from '../router';
import { organisationPath, ROUTES } from '../routes';

/**
 * New organisation (admins, network editors and coordinators) or the editor of an existing one
 * (admins, its editors, editors of a network it is active in). Contacts are left as stored.
 */
export function OrganisationEditorPage({ id }: { id?: number }) {
  return <RequireLogin>{(user) => <Editor id={id} user={user} />}</RequireLogin>;
}

function Editor({ id, user }: { id: number | undefined; user: User }) {
  const { t, lang } = useI18n();
  const { load, form, set, errors, alert, busy, submit } = useEntryEditor({
    id,
    empty: emptyOrganisationForm(),
    fetch: fetchOrganisation,
    toForm: organisationToForm,
    validate: validateOrganisation,
    save: (f, existing) =>
      existing === null ? createOrganisation(organisationInput(f)) : updateOrganisation(existing.id, organisationInput(f)),
    fieldOf: organisationFieldOf,
    done: (saved, created) =>
      navigate(organisationPath(saved.id), { flash: t(created ? 'directoryForm.created' : 'directoryForm.saved') }),
  });
  if (load.status === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (load.status === 'failed') return <FormAlert message={load.message} />;
  const existing = load.entry;
  const allowed = existing === null ? mayCreateOrganisation(user) : mayEditOrganisation(user, existing);
  if (!allowed) return <FormAlert message={t('directoryForm.notAllowed')} />;
  const options = (labels: Record<string, [string, string]>) => [
    { value: '', label: '–' },
    ...Object.entries(labels).map(([value, names]) => ({ value, label: lang === 'de' ? names[0] : names[1] })),
  ];

  return (
    <>
      <p>
        <Link href={existing === null ? ROUTES.networks : organisationPath(existing.id)}>{t('practice.back')}</Link>
      </p>
      <PageTitle>{existing === null ? t('orgForm.new') : t('orgForm.editTitle', { name: existing.name })}</PageTitle>
      <form noValidate onSubmit={submit} className="practice-form">
        <FormAlert message={alert} />
        <TextField id="name" label={t('orgForm.name')} value={form.name} onChange={set('name')} error={errors.name} />
        <SelectField id="type" label={t('orgForm.type')} value={form.type} options={options(ORGANISATION_TYPES)} onChange={set('type')} error={errors.type} />
        <TextField id="street" label={t('orgForm.street')} value={form.street} onChange={set('street')} error={errors.street} />
        <TextField id="postcode" label={t('orgForm.postcode')} inputMode="numeric" value={form.postcode} onChange={set('postcode')} error={errors.postcode} />
        <TextField id="city" label={t('orgForm.city')} value={form.city} onChange={set('city')} error={errors.city} />
        <TextField id="kreis" label={t('orgForm.kreis')} hint={t('orgForm.kreisHint')} inputMode="numeric" value={form.kreis} onChange={set('kreis')} error={errors.kreis} />
        <SelectField id="sizeClass" label={t('orgForm.sizeClass')} value={form.sizeClass} options={options(SIZE_CLASSES)} onChange={set('sizeClass')} error={errors.sizeClass} />
        <TextField id="email" type="email" label={t('orgForm.email')} value={form.email} onChange={set('email')} error={errors.email} />
        <TextField id="website" label={t('orgForm.website')} value={form.website} onChange={set('website')} error={errors.website} />
        {existing !== null && <p className="field-hint">{t('orgForm.contactsKept')}</p>}
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing === null ? t('directoryForm.create') : t('directoryForm.save')}
        </button>
      </form>
    </>
  );
}
