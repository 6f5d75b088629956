import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, createPractice, fetchPractice, updatePractice, type Practice, type User, type Visibility } from '../api';
import { CheckboxField } from '../components/CheckboxField';
import { FormAlert } from '../components/FormAlert';
import { RequireLogin } from '../components/Guards';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import {
  emptyPracticeForm,
  formFieldOf,
  practiceInput,
  practiceToForm,
  validatePractice,
  type PracticeField,
  type PracticeForm,
} from '../directory/practiceForm';
import { editableNetworks } from '../directory/practiceRights';
import { HANDLUNGSFELDER, ZIELGRUPPEN } from '../directory/vocabulary';
import { errorText } from '../errors';
import { VocabularyFields } from '../directory/VocabularyFields';
import { useI18n } from '../i18n/context';
import { navigate } from '../router';
import { practicePath, ROUTES } from '../routes';

const KNOWN = { handlungsfelder: Object.keys(HANDLUNGSFELDER), zielgruppen: Object.keys(ZIELGRUPPEN) };
const VISIBILITIES: Visibility[] = ['public', 'network', 'coordinators'];

/** New entry (no id) or the editor of an existing one. */
export function PracticeEditorPage({ id }: { id?: number }) {
  return <RequireLogin>{(user) => <Editor id={id} user={user} />}</RequireLogin>;
}

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; practice: Practice | null };

function Editor({ id, user }: { id: number | undefined; user: User }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>(id === undefined ? { status: 'ready', practice: null } : { status: 'loading' });
  const mine = editableNetworks(user);
  const [form, setForm] = useState<PracticeForm>(emptyPracticeForm(mine.length === 1 ? mine : []));
  const [errors, setErrors] = useState<Partial<Record<PracticeField, string>>>({});
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    let active = true;
    fetchPractice(id)
      .then((p) => {
        if (!active) return;
        setForm(practiceToForm(p));
        setLoad({ status: 'ready', practice: p });
      })
      .catch((e: unknown) => active && setLoad({ status: 'failed', message: errorText(e, t) }));
    return () => {
      active = false;
    };
  }, [id]);

  if (load.status === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (load.status === 'failed') return <FormAlert message={load.message} />;
  const existing = load.practice;

  const set = <K extends PracticeField>(field: K) => (value: PracticeForm[K]) => setForm({ ...form, [field]: value });
  const toggle = (field: 'handlungsfelder' | 'zielgruppen', code: string, on: boolean) =>
    setForm({ ...form, [field]: on ? [...form[field], code] : form[field].filter((c) => c !== code) });
  const toggleNetwork = (network: number, on: boolean) =>
    setForm({ ...form, networks: on ? [...form.networks, network] : form.networks.filter((n) => n !== network) });
  const networkNames = new Map<number, string>((existing?.networks ?? []).map((n) => [n.id, n.name]));
  const networkChoices = [...new Set([...mine, ...form.networks, ...networkNames.keys()])].sort((a, b) => a - b);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePractice(form, KNOWN, user.is_admin);
    const texts: Partial<Record<PracticeField, string>> = {};
    for (const [field, key] of Object.entries(found) as [PracticeField, NonNullable<(typeof found)[PracticeField]>][]) {
      texts[field] = t(key);
    }
    setErrors(texts);
    setAlert(Object.keys(texts).length > 0 ? t('practiceForm.fixErrors') : '');
    if (Object.keys(texts).length > 0) return;
    setBusy(true);
    const body = practiceInput(form, existing?.awards ?? []);
    (existing === null ? createPractice(body) : updatePractice(existing.id, body))
      .then((p) => navigate(practicePath(p.id)))
      .catch((e: unknown) => {
        const field = e instanceof ApiError ? formFieldOf(e.field) : null;
        if (field !== null) setErrors({ [field]: errorText(e, t) });
        setAlert(errorText(e, t));
      })
      .finally(() => setBusy(false));
  };

  const visibilityOptions = VISIBILITIES.map((v) => ({ value: v, label: t(`practiceForm.visibility.${v}`) }));
  return (
    <>
      <p>
        <Link href={existing === null ? ROUTES.practice : practicePath(existing.id)}>{t('practice.back')}</Link>
      </p>
      <PageTitle>{existing === null ? t('practice.new') : t('practice.editTitle', { title: existing.title })}</PageTitle>
      <form noValidate onSubmit={onSubmit} className="practice-form">
        <FormAlert message={alert} />
        <TextField id="title" label={t('practiceForm.title')} value={form.title} onChange={set('title')} error={errors.title} />
        <TextField id="teaser" label={t('practiceForm.teaser')} rows={2} value={form.teaser} onChange={set('teaser')} />
        <TextField id="land" label={t('practice.land')} hint={t('practiceForm.landHint')} value={form.land} onChange={set('land')} error={errors.land} />
        <TextField id="kreise" label={t('network.kreise')} hint={t('practiceForm.kreiseHint')} value={form.kreise} onChange={set('kreise')} error={errors.kreise} />
        <VocabularyFields value={form} errors={errors} onToggle={toggle} />
        <TextField id="ausgangslage" label={t('practice.ausgangslage')} rows={5} value={form.ausgangslage} onChange={set('ausgangslage')} />
        <TextField id="massnahmen" label={t('practice.massnahmen')} rows={5} value={form.massnahmen} onChange={set('massnahmen')} />
        <TextField id="ergebnisse" label={t('practice.ergebnisse')} rows={5} value={form.ergebnisse} onChange={set('ergebnisse')} />
        <TextField id="periodFrom" label={t('practiceForm.periodFrom')} hint={t('practiceForm.dateHint')} value={form.periodFrom} onChange={set('periodFrom')} error={errors.periodFrom} />
        <TextField id="periodTo" label={t('practiceForm.periodTo')} hint={t('practiceForm.dateHint')} value={form.periodTo} onChange={set('periodTo')} error={errors.periodTo} />
        <TextField id="funding" label={t('practice.funding')} value={form.funding} onChange={set('funding')} />
        <fieldset className={errors.networks ? 'field-invalid' : undefined}>
          <legend>{t('practice.networks')}</legend>
          {networkChoices.length === 0 && <p>{t('practiceForm.noNetworks')}</p>}
          {networkChoices.map((n) => (
            <CheckboxField
              key={n}
              id={`network-${n}`}
              label={networkNames.get(n) ?? t('scope.network', { id: n })}
              checked={form.networks.includes(n)}
              onChange={(on) => toggleNetwork(n, on)}
            />
          ))}
          {errors.networks && <p className="field-error">{errors.networks}</p>}
        </fieldset>
        <fieldset>
          <legend>{t('practice.contact')}</legend>
          <TextField id="contactName" label={t('practiceForm.contactName')} value={form.contactName} onChange={set('contactName')} />
          <SelectField id="contactNameVisibility" label={t('practiceForm.visibility')} value={form.contactNameVisibility} options={visibilityOptions} onChange={(v) => set('contactNameVisibility')(v as Visibility)} error={errors.contactNameVisibility} />
          <TextField id="contactEmail" type="email" label={t('practiceForm.contactEmail')} value={form.contactEmail} onChange={set('contactEmail')} error={errors.contactEmail} />
          <SelectField id="contactEmailVisibility" label={t('practiceForm.visibility')} value={form.contactEmailVisibility} options={visibilityOptions} onChange={(v) => set('contactEmailVisibility')(v as Visibility)} error={errors.contactEmailVisibility} />
          <TextField id="contactPhone" label={t('practiceForm.contactPhone')} value={form.contactPhone} onChange={set('contactPhone')} />
          <SelectField id="contactPhoneVisibility" label={t('practiceForm.visibility')} value={form.contactPhoneVisibility} options={visibilityOptions} onChange={(v) => set('contactPhoneVisibility')(v as Visibility)} error={errors.contactPhoneVisibility} />
        </fieldset>
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing === null ? t('practiceForm.create') : t('practiceForm.save')}
        </button>
      </form>
    </>
  );
}
