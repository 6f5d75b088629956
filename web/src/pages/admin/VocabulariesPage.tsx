import { useEffect, useState, type FormEvent } from 'react';
import { addVocabularyTerm, ApiError, listVocabularies, type Vocabularies, type VocabularyKind } from '../../api';
import { FormAlert } from '../../components/FormAlert';
import { RequireAdmin } from '../../components/Guards';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { validateVocabularyTerm, vocabularyFieldOf, type VocabularyErrors, type VocabularyForm } from '../../directory/vocabularyForm';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';
import { AdminFrame } from './AdminFrame';

/** Admins see both controlled vocabularies and add terms (POST /api/v1/vocabularies/{kind}). */
export function VocabulariesPage() {
  const { t } = useI18n();
  return (
    <RequireAdmin>
      {() => (
        <AdminFrame title={t('vocab.title')}>
          <VocabularyAdmin />
        </AdminFrame>
      )}
    </RequireAdmin>
  );
}

const EMPTY: VocabularyForm = { kind: 'handlungsfelder', code: '', labelDe: '', labelEn: '' };

function VocabularyAdmin() {
  const { t } = useI18n();
  const [vocabularies, setVocabularies] = useState<Vocabularies | null>(null);
  const [loadError, setLoadError] = useState('');
  const [form, setForm] = useState<VocabularyForm>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof VocabularyErrors, string>>>({});
  const [alert, setAlert] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const reload = () =>
    listVocabularies()
      .then(setVocabularies)
      .catch((e: unknown) => setLoadError(errorText(e, t)));
  useEffect(() => {
    void reload();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const found = validateVocabularyTerm(form, vocabularies);
    const texts: Partial<Record<keyof VocabularyErrors, string>> = {};
    for (const [field, key] of Object.entries(found) as [keyof VocabularyErrors, NonNullable<VocabularyErrors['code']>][])
      texts[field] = t(key);
    setErrors(texts);
    setAlert('');
    if (Object.keys(texts).length > 0) return;
    setBusy(true);
    addVocabularyTerm(form.kind, { code: form.code.trim(), label_de: form.labelDe.trim(), label_en: form.labelEn.trim() })
      .then((term) => {
        setDone(t('vocab.add.done', { label: term.label_de }));
        setForm({ ...EMPTY, kind: form.kind });
        return reload();
      })
      .catch((e: unknown) => {
        const field = e instanceof ApiError ? vocabularyFieldOf(e.field) : null;
        if (field !== null) setErrors({ [field]: errorText(e, t) });
        setAlert(errorText(e, t));
      })
      .finally(() => setBusy(false));
  };

  const kinds: { value: VocabularyKind; label: string }[] = [
    { value: 'handlungsfelder', label: t('network.handlungsfelder') },
    { value: 'zielgruppen', label: t('network.zielgruppen') },
  ];
  return (
    <>
      <p className="lead">{t('vocab.intro')}</p>
      <FormAlert message={loadError} />
      <section aria-labelledby="vocab-add">
        <h2 id="vocab-add">{t('vocab.add.title')}</h2>
        <form noValidate onSubmit={submit} aria-busy={busy}>
          <FormAlert message={alert} />
          <FormAlert message={done} kind="success" />
          <SelectField id="vocab-kind" label={t('vocab.add.kind')} value={form.kind} options={kinds} onChange={(kind) => setForm({ ...form, kind: kind as VocabularyKind })} />
          <TextField id="vocab-code" label={t('vocab.add.code')} hint={t('vocab.add.codeHint')} value={form.code} onChange={(code) => setForm({ ...form, code })} error={errors.code} />
          <TextField id="vocab-de" label={t('vocab.add.de')} value={form.labelDe} onChange={(labelDe) => setForm({ ...form, labelDe })} error={errors.labelDe} />
          <TextField id="vocab-en" label={t('vocab.add.en')} value={form.labelEn} onChange={(labelEn) => setForm({ ...form, labelEn })} error={errors.labelEn} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('vocab.add.submit')}
          </button>
        </form>
      </section>
      {vocabularies !== null &&
        kinds.map(({ value: kind }) => (
          <section key={kind}>
            <div className="table-wrap" role="region" aria-labelledby={`vocab-${kind}`} tabIndex={0}>
              <table className="data-table">
                <caption id={`vocab-${kind}`}>{t(`vocab.${kind}`, { count: vocabularies[kind].length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('vocab.col.de')}</th>
                    <th scope="col">{t('vocab.col.en')}</th>
                    <th scope="col">{t('vocab.col.code')}</th>
                    <th scope="col">{t('vocab.col.origin')}</th>
                  </tr>
                </thead>
                <tbody>
                  {vocabularies[kind].map((term) => (
                    <tr key={term.code}>
                      <th scope="row">{term.label_de}</th>
                      <td lang="en">{term.label_en}</td>
                      <td>
                        <code>{term.code}</code>
                      </td>
                      <td>{term.builtin ? t('vocab.builtin') : t('vocab.added')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
    </>
  );
}
