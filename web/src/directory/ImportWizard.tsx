import { useState, type ChangeEvent } from 'react';
import { FormAlert } from '../components/FormAlert';
import { RequireLogin } from '../components/Guards';
import { Link } from '../components/Link';
import { PageTitle } from '../components/PageTitle';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { useLocation } from '../router';
import { networkPath } from '../routes';
import {
  confirmChoice,
  doubleFields,
  FIELD_LABELS,
  IMPORT_FIELDS,
  mapParameter,
  missingFields,
  proposeMapping,
  readHeader,
  resultRows,
  type ImportField,
  type ImportReport,
  type Mapping,
} from './importWizard';
import { importOrganisations, reportPath } from './transfer';

type Step =
  | { step: 'upload' }
  | { step: 'mapping'; file: string; csv: string; mapping: Mapping }
  | { step: 'preview'; file: string; csv: string; mapping: Mapping; report: ImportReport }
  | { step: 'done'; report: ImportReport };

/** "Organisationen importieren": upload → column mapping → dry run → confirm. */
export function ImportWizardPage() {
  return <RequireLogin>{() => <ImportWizard />}</RequireLogin>;
}

function ImportWizard() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const networkParam = new URLSearchParams(search).get('netzwerk');
  const network = networkParam !== null && /^\d{1,15}$/.test(networkParam) ? Number(networkParam) : null;
  const [state, setState] = useState<Step>({ step: 'upload' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError('');
    if (file === undefined) return;
    file
      .text()
      .then((csv) => {
        const headers = readHeader(csv);
        if (headers === null) {
          setError(t('import.noSeparator'));
          return;
        }
        setState({ step: 'mapping', file: file.name, csv, mapping: proposeMapping(headers) });
      })
      .catch(() => setError(t('import.unreadable')));
  };

  const run = (csv: string, file: string, mapping: Mapping, dryRun: boolean, skipInvalid: boolean) => {
    setBusy(true);
    setError('');
    importOrganisations({ csv, file, dryRun, skipInvalid, network, map: mapParameter(mapping) }, lang)
      .then((report) => setState(dryRun ? { step: 'preview', file, csv, mapping, report } : { step: 'done', report }))
      .catch((e: unknown) => setError(errorText(e, t)))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <PageTitle>{t('import.title')}</PageTitle>
      <p>{network === null ? t('import.intro') : t('import.introNetwork')}</p>
      {network !== null && (
        <p>
          <Link href={networkPath(network)}>{t('import.backToNetwork')}</Link>
        </p>
      )}
      <FormAlert message={error} />
      {state.step === 'upload' && (
        <p>
          <label>
            {t('import.file')}{' '}
            <input type="file" accept=".csv,text/csv" onChange={onFile} />
          </label>
        </p>
      )}
      {state.step === 'mapping' && (
        <MappingStep
          mapping={state.mapping}
          busy={busy}
          onChange={(mapping) => setState({ ...state, mapping })}
          onCheck={() => run(state.csv, state.file, state.mapping, true, false)}
        />
      )}
      {state.step === 'preview' && (
        <>
          <ReportTable report={state.report} />
          <p>
            {confirmChoice(state.report) === 'nothing' ? (
              <span>{t('import.nothingToDo')}</span>
            ) : (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => run(state.csv, state.file, state.mapping, false, state.report.counts.rejected > 0)}
              >
                {confirmChoice(state.report) === 'skipInvalid' ? t('import.confirmSkipping') : t('import.confirm')}
              </button>
            )}{' '}
            <button type="button" className="button" onClick={() => setState({ step: 'upload' })}>
              {t('import.restart')}
            </button>
          </p>
        </>
      )}
      {state.step === 'done' && (
        <>
          <FormAlert kind="success" message={state.report.written ? t('import.written') : t('import.notWritten')} />
          <ReportTable report={state.report} />
          <button type="button" className="button" onClick={() => setState({ step: 'upload' })}>
            {t('import.another')}
          </button>
        </>
      )}
    </>
  );
}

function MappingStep(props: { mapping: Mapping; busy: boolean; onChange: (m: Mapping) => void; onCheck: () => void }) {
  const { t } = useI18n();
  const missing = missingFields(props.mapping);
  const doubled = doubleFields(props.mapping);
  return (
    <>
      <h2>{t('import.mapping')}</h2>
      <div className="table-wrap" role="region" aria-labelledby="mapping-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="mapping-caption">{t('import.mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.column')}</th>
              <th scope="col">{t('import.col.field')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(props.mapping).map(([header, field]) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td>
                  <select
                    aria-label={t('import.fieldFor', { column: header })}
                    value={field ?? ''}
                    onChange={(e) =>
                      props.onChange({ ...props.mapping, [header]: e.target.value === '' ? null : (e.target.value as ImportField) })
                    }
                  >
                    <option value="">{t('import.notImported')}</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {FIELD_LABELS[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && (
        <FormAlert message={t('import.missing', { fields: missing.map((f) => FIELD_LABELS[f]).join(', ') })} />
      )}
      {doubled.length > 0 && (
        <FormAlert message={t('import.doubled', { fields: doubled.map((f) => FIELD_LABELS[f]).join(', ') })} />
      )}
      <p>
        <button
          type="button"
          className="button button-primary"
          disabled={props.busy || missing.length > 0 || doubled.length > 0}
          onClick={props.onCheck}
        >
          {t('import.check')}
        </button>
      </p>
    </>
  );
}

const ACTION_KEYS = {
  created: 'import.action.created',
  updated: 'import.action.updated',
  unchanged: 'import.action.unchanged',
  rejected: 'import.action.rejected',
} as const satisfies Record<ImportReport['rows'][number]['action'], MessageKey>;
const MATCH_KEYS = {
  external_id: 'import.matched.external_id',
  email: 'import.matched.email',
  name_postcode: 'import.matched.name_postcode',
} as const satisfies Record<string, MessageKey>;

function ReportTable({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const c = report.counts;
  return (
    <>
      <h2>{report.dry_run ? t('import.preview') : t('import.result')}</h2>
      <p>{t('import.counts', { created: c.created, updated: c.updated, unchanged: c.unchanged, rejected: c.rejected })}</p>
      {report.unknown_columns.length > 0 && <p>{t('import.unknown', { columns: report.unknown_columns.join(', ') })}</p>}
      {report.report_id !== null && (
        <p>
          <a href={reportPath(report.report_id)} download>
            {t('import.downloadReport')}
          </a>
        </p>
      )}
      <div className="table-wrap" role="region" aria-labelledby="import-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="import-caption">{t('import.rowsCaption', { count: report.rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.line')}</th>
              <th scope="col">{t('import.col.name')}</th>
              <th scope="col">{t('import.col.action')}</th>
              <th scope="col">{t('import.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {resultRows(report).map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.name}</td>
                <td>{t(ACTION_KEYS[row.action])}</td>
                <td>
                  {row.problems.map((p) => p.message).join(' ')}
                  {row.matched_by !== '' && t(MATCH_KEYS[row.matched_by])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
