import { createNetwork, fetchNetwork, updateNetwork, type User } from '../api';
import { FormAlert } from '../components/FormAlert';
import { RequireLogin } from '../components/Guards';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { mayCreateNetwork, mayEditNetwork } from '../directory/directoryRights';
import { emptyNetworkForm, networkFieldOf, networkInput, networkToForm, validateNetwork } from '../directory/networkForm';
import { useEntryEditor } from '../directory/useEntryEditor';
import { COOPERATION_FORMS, HANDLUNGSFELDER, NETWORK_STATUS, ZIELGRUPPEN } from '../directory/vocabulary';
import { VocabularyFields } from '../directory/VocabularyFields';
import { useI18n } from '../i18n/context';
import { navigate } from '../router';
import { networkPath, ROUTES } from '../routes';

const KNOWN = { handlungsfelder: Object.keys(HANDLUNGSFELDER), zielgruppen: Object.keys(ZIELGRUPPEN) };

/** New network (no id; admins) or the editor of an existing one (admins, its coordinators). */
export function NetworkEditorPage({ id }: { id?: number }) {
  return <RequireLogin>{(user) => <Editor id={id} user={user} />}</RequireLogin>;
}

function Editor({ id, user }: { id: number | undefined; user: User }) {
  const { t, lang } = useI18n();
  const editor = useEntryEditor({
    id,
    empty: emptyNetworkForm(),
    fetch: fetchNetwork,
    toForm: networkToForm,
    validate: (form) => validateNetwork(form, KNOWN),
    save: (form, existing) => (existing === null ? createNetwork(networkInput(form)) : updateNetwork(existing.id, networkInput(form))),
    fieldOf: networkFieldOf,
    done: (saved, created) => navigate(networkPath(saved.id), { flash: t(created ? 'directoryForm.created' : 'directoryForm.saved') }),
  });
  const { load, form, set, setForm, errors, alert, busy, submit } = editor;
  const allowed = id === undefined ? mayCreateNetwork(user) : mayEditNetwork(user, id);
  if (!allowed) return <FormAlert message={t('directoryForm.notAllowed')} />;
  if (load.status === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (load.status === 'failed') return <FormAlert message={load.message} />;
  const existing = load.entry;
  const options = (labels: Record<string, [string, string]>) =>
    Object.entries(labels).map(([value, names]) => ({ value, label: lang === 'de' ? names[0] : names[1] }));
  const toggle = (field: 'handlungsfelder' | 'zielgruppen', code: string, on: boolean) =>
    setForm({ ...form, [field]: on ? [...form[field], code] : form[field].filter((c) => c !== code) });

  return (
    <>
      <p>
        <Link href={existing === null ? ROUTES.networks : networkPath(existing.id)}>{t('practice.back')}</Link>
      </p>
      <PageTitle>{existing === null ? t('networkForm.new') : t('networkForm.editTitle', { name: existing.name })}</PageTitle>
      <form noValidate onSubmit={submit} className="practice-form">
        <FormAlert message={alert} />
        <TextField id="name" label={t('networkForm.name')} value={form.name} onChange={set('name')} error={errors.name} />
        <TextField id="shortName" label={t('network.shortName')} value={form.shortName} onChange={set('shortName')} />
        <TextField id="foundedOn" label={t('network.foundedOn')} hint={t('practiceForm.dateHint')} value={form.foundedOn} onChange={set('foundedOn')} error={errors.foundedOn} />
        <SelectField id="cooperationForm" label={t('network.cooperationForm')} value={form.cooperationForm} options={options(COOPERATION_FORMS)} onChange={set('cooperationForm')} error={errors.cooperationForm} />
        <SelectField id="status" label={t('network.status')} value={form.status} options={options(NETWORK_STATUS)} onChange={set('status')} error={errors.status} />
        <TextField id="website" label={t('network.website')} value={form.website} onChange={set('website')} error={errors.website} />
        <TextField id="coordinator" label={t('networkForm.coordinator')} hint={t('networkForm.coordinatorHint')} inputMode="numeric" value={form.coordinator} onChange={set('coordinator')} error={errors.coordinator} />
        <TextField id="kreise" label={t('network.kreise')} hint={t('practiceForm.kreiseHint')} value={form.kreise} onChange={set('kreise')} error={errors.kreise} />
        <VocabularyFields value={form} errors={errors} onToggle={toggle} />
        <TextField id="description" label={t('network.description')} rows={5} value={form.description} onChange={set('description')} />
        <TextField id="dataBasis" label={t('networkForm.dataBasis')} rows={3} value={form.dataBasis} onChange={set('dataBasis')} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing === null ? t('directoryForm.create') : t('directoryForm.save')}
        </button>
      </form>
    </>
  );
}
