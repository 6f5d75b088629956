import { useState } from 'react';
import { fetchPractice, practiceStep, type Practice } from '../api';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { DirectoryEntry } from '../directory/DirectoryEntry';
import { useRegionNames } from '../directory/regions';
import { HANDLUNGSFELDER, label, ZIELGRUPPEN } from '../directory/vocabulary';
import { errorText } from '../errors';
import { formatDate } from '../format';
import { useI18n } from '../i18n/context';
import { networkPath, practiceEditPath, ROUTES } from '../routes';

/** One entry of the good-practice database (GET /api/v1/practices/{id}). */
export function PracticePage({ id }: { id: number }) {
  const { t } = useI18n();
  return (
    <DirectoryEntry
      id={id}
      fetch={fetchPractice}
      title={t('nav.practice')}
      render={(practice: Practice) => <PracticeView initial={practice} />}
    />
  );
}

function PracticeView({ initial }: { initial: Practice }) {
  const { t, lang } = useI18n();
  const [practice, setPractice] = useState(initial);
  const codes = practice.land_ags === null ? practice.kreise : [practice.land_ags, ...practice.kreise];
  const names = useRegionNames(codes);
  const none = t('common.none');
  const list = (items: string[]) => (items.length === 0 ? none : items.join(', '));
  const period =
    practice.period_from === null && practice.period_to === null
      ? none
      : `${practice.period_from === null ? '…' : formatDate(practice.period_from, lang)} – ${
          practice.period_to === null ? '…' : formatDate(practice.period_to, lang)
        }`;
  const contact = [practice.contact.name, practice.contact.email, practice.contact.phone].filter(
    (v): v is string => v !== null && v !== '',
  );

  return (
    <>
      <p>
        <Link href={ROUTES.practice}>{t('practice.back')}</Link>
      </p>
      <PageTitle>{practice.title}</PageTitle>
      {practice.is_demo && <p className="badge">{t('search.demo')}</p>}
      {practice.status !== 'published' && (
        <p className="notice">
          {t(`practice.status.${practice.status}`)}
          {practice.status_reason !== '' && ` – ${t('practice.reason')}: ${practice.status_reason}`}
        </p>
      )}
      {practice.teaser !== '' && <p className="lead">{practice.teaser}</p>}

      {practice.awards.length > 0 && (
        <>
          <h2>{t('practice.awards')}</h2>
          <ul>
            {practice.awards.map((a) => (
              <li key={`${a.year}-${a.name}`}>{t('practice.award', { name: a.name, year: a.year })}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('network.details')}</h2>
      <dl className="fields">
        <Field name={t('practice.land')}>{practice.land_ags === null ? none : names[practice.land_ags] ?? practice.land_ags}</Field>
        <Field name={t('network.kreise')}>{list(practice.kreise.map((ags) => names[ags] ?? ags))}</Field>
        <Field name={t('practice.networks')}>
          {practice.networks.length === 0
            ? none
            : practice.networks.map((n, i) => (
                <span key={n.id}>
                  {i > 0 && ', '}
                  <Link href={networkPath(n.id)}>{n.name}</Link>
                </span>
              ))}
        </Field>
        <Field name={t('network.handlungsfelder')}>
          {list(practice.handlungsfelder.map((c) => label(HANDLUNGSFELDER, c, lang)))}
        </Field>
        <Field name={t('network.zielgruppen')}>{list(practice.zielgruppen.map((c) => label(ZIELGRUPPEN, c, lang)))}</Field>
        <Field name={t('practice.period')}>{period}</Field>
        <Field name={t('practice.funding')}>{practice.funding === '' ? none : practice.funding}</Field>
        <Field name={t('practice.contact')}>{contact.length === 0 ? none : contact.join(' · ')}</Field>
      </dl>

      {(
        [
          ['practice.ausgangslage', practice.ausgangslage],
          ['practice.massnahmen', practice.massnahmen],
          ['practice.ergebnisse', practice.ergebnisse],
        ] as const
      ).map(([key, text]) =>
        text === '' ? null : (
          <section key={key}>
            <h2>{t(key)}</h2>
            <p className="prose">{text}</p>
          </section>
        ),
      )}

      {(practice.may_edit || practice.may_publish) && <Workflow practice={practice} onChange={setPractice} />}
    </>
  );
}

/** Edit link and the workflow buttons this reader may use. */
function Workflow({ practice, onChange }: { practice: Practice; onChange: (p: Practice) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [reason, setReason] = useState('');

  const run = (step: 'submit' | 'publish' | 'unpublish') => {
    if (step === 'unpublish' && reason.trim() === '') {
      setError(t('practice.reasonMissing'));
      return;
    }
    setBusy(true);
    setError('');
    practiceStep(practice.id, step, reason.trim())
      .then((p) => {
        onChange(p);
        setReason('');
      })
      .catch((e: unknown) => setError(errorText(e, t)))
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="workflow-heading" className="workflow">
      <h2 id="workflow-heading">{t('practice.workflow')}</h2>
      <FormAlert message={error} />
      <p>{t(`practice.status.${practice.status}`)}</p>
      <div className="button-row">
        {practice.may_edit && (
          <Link className="button" href={practiceEditPath(practice.id)}>
            {t('practice.edit')}
          </Link>
        )}
        {practice.may_edit && practice.status === 'draft' && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => run('submit')}>
            {t('practice.submit')}
          </button>
        )}
        {practice.may_publish && practice.status === 'submitted' && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => run('publish')}>
            {t('practice.publish')}
          </button>
        )}
      </div>
      {practice.may_publish && practice.status !== 'draft' && (
        <div>
          <TextField id="practice-reason" label={t('practice.reason')} value={reason} onChange={setReason} />
          <button type="button" className="button" disabled={busy} onClick={() => run('unpublish')}>
            {t('practice.unpublish')}
          </button>
        </div>
      )}
    </section>
  );
}
