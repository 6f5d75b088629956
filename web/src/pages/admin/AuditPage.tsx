import { Fragment, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError, listAudit, listUsers, type AuditEntry, type AuditPage as AuditResult, type User } from '../../api';
import { actionLabel, auditCsv, AUDIT_ACTIONS, AUDIT_ENTITIES, entityLabel } from '../../audit';
import { ExportButtons } from '../../components/ExportButtons';
import { FormAlert } from '../../components/FormAlert';
import { RequireAdmin } from '../../components/Guards';
import { Link } from '../../components/Link';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { saveFile } from '../../download';
import { errorText } from '../../errors';
import { formatDateTime, formatNumber } from '../../format';
import { useI18n } from '../../i18n/context';
import { navigate, useLocation } from '../../router';
import { adminUserPath, ROUTES } from '../../routes';
import { AdminFrame } from './AdminFrame';

export function AuditPage() {
  const { t } = useI18n();
  return (
    <RequireAdmin>
      {() => (
        <AdminFrame title={t('audit.title')}>
          <AuditLog />
        </AdminFrame>
      )}
    </RequireAdmin>
  );
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_SIZE = 20;

export interface AuditFilter {
  action: string;
  entity: string;
  actor: string;
  page: number;
  size: number;
}

/** GET /api/v1/audit with the filter but without paging: the whole filtered log as a file. */
export function auditExportPath(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.action !== '') params.set('action', filter.action);
  if (filter.entity !== '') params.set('entity', filter.entity);
  if (filter.actor !== '') params.set('actor', filter.actor);
  const qs = params.toString();
  return qs === '' ? '/api/v1/audit' : `/api/v1/audit?${qs}`;
}

/** The filter as kept in the address (?action=create&entity=user&actor=1&page=2&size=50). */
export function filterFromSearch(search: string): AuditFilter {
  const params = new URLSearchParams(search);
  const positive = (value: string | null, fallback: number) => {
    const n = Number(value);
    return value !== null && Number.isSafeInteger(n) && n > 0 ? n : fallback;
  };
  return {
    action: params.get('action') ?? '',
    entity: params.get('entity') ?? '',
    actor: params.get('actor') ?? '',
    page: positive(params.get('page'), 1),
    size: positive(params.get('size'), DEFAULT_SIZE),
  };
}

export function searchFromFilter(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.action !== '') params.set('action', filter.action);
  if (filter.entity !== '') params.set('entity', filter.entity);
  if (filter.actor !== '') params.set('actor', filter.actor);
  if (filter.page !== 1) params.set('page', String(filter.page));
  if (filter.size !== DEFAULT_SIZE) params.set('size', String(filter.size));
  const qs = params.toString();
  return qs === '' ? '' : `?${qs}`;
}

type Load = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'loaded'; result: AuditResult };
type FilterField = 'action' | 'entity' | 'actor' | 'size';

/** The audit log (GET /api/v1/audit): filters, paged table, details, CSV of the page shown. */
function AuditLog() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const filter = filterFromSearch(search);
  const [draft, setDraft] = useState(filter);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [users, setUsers] = useState<User[]>([]);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  // The form follows the address (back button, links).
  useEffect(() => setDraft(filterFromSearch(search)), [search]);

  useEffect(() => {
    let active = true;
    listUsers()
      .then((list) => active && setUsers(list))
      .catch(() => undefined); // Without the list the filter offers only "Alle"; the log still works.
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    let active = true;
    const current = filterFromSearch(search);
    setLoad({ status: 'loading' });
    setOpen(new Set());
    listAudit({
      action: current.action,
      entity: current.entity,
      actor: current.actor,
      page: current.page,
      size: current.size,
    })
      .then((result) => {
        if (!active) return;
        setLoad({ status: 'loaded', result });
        if (focusResults.current) {
          focusResults.current = false;
          // After paging or filtering, continue reading at the result summary.
          window.setTimeout(() => resultsRef.current?.focus(), 0);
        }
      })
      .catch((error: unknown) => active && setLoad({ status: 'failed', error }));
    return () => {
      active = false;
    };
  }, [search]);

  const go = (next: AuditFilter) => {
    focusResults.current = true;
    navigate(ROUTES.adminAudit + searchFromFilter(next));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ ...draft, page: 1 });
  };

  // Errors about a filter parameter go next to its field, others above the table.
  const failure = load.status === 'failed' ? load.error : null;
  const failureField = failure instanceof ApiError ? failure.field : null;
  const fieldError = (field: FilterField) => (failure !== null && failureField === field ? errorText(failure, t) : '');
  const formError =
    failure !== null && !['action', 'entity', 'actor', 'size'].includes(failureField ?? '') ? errorText(failure, t) : '';

  const all: SelectOption = { value: '', label: t('audit.filter.all') };
  const actionOptions = [all, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a, t) }))];
  const entityOptions = [all, ...AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(e, t) }))];
  const actorOptions = [
    all,
    ...[...users]
      .sort((a, b) => a.display_name.localeCompare(b.display_name, lang))
      .map((u) => ({ value: String(u.id), label: `${u.display_name} (${u.email})` })),
  ];
  if (draft.actor !== '' && !actorOptions.some((o) => o.value === draft.actor)) {
    actorOptions.push({ value: draft.actor, label: `${t('audit.col.actorId')} ${draft.actor}` });
  }
  const sizeOptions = PAGE_SIZES.map((s) => ({ value: String(s), label: String(s) }));
  if (!PAGE_SIZES.some((s) => s === draft.size)) sizeOptions.push({ value: String(draft.size), label: String(draft.size) });

  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const downloadCsv = (result: AuditResult) => {
    const day = new Date().toISOString().slice(0, 10);
    saveFile(`fachwerk-protokoll-${day}-seite-${result.page}.csv`, auditCsv(result.items, t), 'text/csv;charset=utf-8');
  };

  return (
    <>
      <p>{t('audit.intro')}</p>
      <form className="filter-form" noValidate onSubmit={handleSubmit} aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading">{t('audit.filter.title')}</h2>
        <div className="filter-fields">
          <SelectField
            id="audit-action"
            label={t('audit.filter.action')}
            value={draft.action}
            options={actionOptions}
            onChange={(action) => setDraft({ ...draft, action })}
            error={fieldError('action')}
          />
          <SelectField
            id="audit-entity"
            label={t('audit.filter.entity')}
            value={draft.entity}
            options={entityOptions}
            onChange={(entity) => setDraft({ ...draft, entity })}
            error={fieldError('entity')}
          />
          <SelectField
            id="audit-actor"
            label={t('audit.filter.actor')}
            value={draft.actor}
            options={actorOptions}
            onChange={(actor) => setDraft({ ...draft, actor })}
            error={fieldError('actor')}
          />
          <SelectField
            id="audit-size"
            label={t('audit.filter.size')}
            value={String(draft.size)}
            options={sizeOptions}
            onChange={(size) => setDraft({ ...draft, size: Number(size) })}
            error={fieldError('size')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('audit.filter.apply')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => go({ action: '', entity: '', actor: '', page: 1, size: DEFAULT_SIZE })}
          >
            {t('audit.filter.reset')}
          </button>
        </div>
      </form>

      <FormAlert message={formError} />
      <ExportButtons path={auditExportPath(filter)} />
      {load.status === 'loading' && <p aria-live="polite">{t('common.loading')}</p>}
      {load.status === 'loaded' && (
        <AuditResults
          result={load.result}
          open={open}
          onToggle={toggle}
          onPage={(page) => go({ ...filter, page })}
          onCsv={() => downloadCsv(load.result)}
          resultsRef={resultsRef}
        />
      )}
      {load.status === 'loaded' && (
        <p className="visually-hidden" aria-live="polite">
          {summary(load.result, t)}
        </p>
      )}
    </>
  );
}

function pageCount(result: AuditResult): number {
  return Math.max(1, Math.ceil(result.total / Math.max(1, result.size)));
}

function summary(result: AuditResult, t: ReturnType<typeof useI18n>['t']): string {
  return t('audit.results', { total: formatNumber(result.total), page: result.page, pages: pageCount(result) });
}

interface ResultsProps {
  result: AuditResult;
  open: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onPage: (page: number) => void;
  onCsv: () => void;
  resultsRef: RefObject<HTMLHeadingElement>;
}

function AuditResults({ result, open, onToggle, onPage, onCsv, resultsRef }: ResultsProps) {
  const { t, lang } = useI18n();
  const pages = pageCount(result);
  return (
    <section aria-labelledby="audit-results">
      <h2 id="audit-results" ref={resultsRef} tabIndex={-1}>
        {summary(result, t)}
      </h2>
      {result.items.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <div className="table-tools">
            <button type="button" className="button button-secondary" onClick={onCsv} aria-describedby="audit-csv-hint">
              {t('audit.csv')}
            </button>
            <span id="audit-csv-hint" className="muted">
              {t('audit.csvHint')}
            </span>
          </div>
          <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
            <table className="data-table audit-table">
              <caption id="audit-caption" className="visually-hidden">
                {t('audit.caption', { page: result.page })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.col.at')}</th>
                  <th scope="col">{t('audit.col.action')}</th>
                  <th scope="col">{t('audit.col.entity')}</th>
                  <th scope="col">{t('audit.col.actor')}</th>
                  <th scope="col">{t('audit.col.ip')}</th>
                  <th scope="col">{t('audit.col.details')}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((entry) => (
                  <Fragment key={entry.id}>
                    <tr>
                      <td className="nowrap">{formatDateTime(entry.at, lang)}</td>
                      <td>{actionLabel(entry.action, t)}</td>
                      <td>
                        <EntityCell entry={entry} />
                      </td>
                      <td>{entry.actor_label}</td>
                      <td>{entry.ip}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-expanded={open.has(entry.id)}
                          aria-controls={`audit-detail-${entry.id}`}
                          onClick={() => onToggle(entry.id)}
                        >
                          {t('audit.details.show')}{' '}
                          <span className="visually-hidden">{t('audit.details.entry', { id: entry.id })}</span>
                        </button>
                      </td>
                    </tr>
                    {open.has(entry.id) && (
                      <tr className="audit-detail-row">
                        <td colSpan={6} id={`audit-detail-${entry.id}`}>
                          <AuditDetail entry={entry} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('audit.pager')}>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onPage(result.page - 1)}
            disabled={result.page <= 1}
          >
            {t('audit.prev')}
          </button>
          <span className="pager-status">{t('audit.results', { total: formatNumber(result.total), page: result.page, pages })}</span>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onPage(result.page + 1)}
            disabled={result.page >= pages}
          >
            {t('audit.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

/** "Benutzerkonto Nr. 6", linked to that account's page. */
function EntityCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const label = entityLabel(entry.entity, t);
  if (entry.entity_id === '') return <>{label}</>;
  const text = t('audit.entityWithId', { entity: label, id: entry.entity_id });
  const userId = entry.entity === 'user' && /^\d+$/.test(entry.entity_id) ? Number(entry.entity_id) : null;
  return userId === null ? <>{text}</> : <Link href={adminUserPath(userId)}>{text}</Link>;
}

/** Before and after of one entry, as formatted JSON. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const block = (value: unknown, label: string) =>
    value === null || value === undefined ? (
      <p className="muted">{t('audit.details.none')}</p>
    ) : (
      // Focusable so that keyboard users can scroll long JSON.
      <pre className="json" tabIndex={0} aria-label={label}>
        {JSON.stringify(value, null, 2)}
      </pre>
    );
  return (
    <div className="audit-detail">
      <h3>{t('audit.details.title', { id: entry.id, action: actionLabel(entry.action, t) })}</h3>
      <dl className="facts facts-compact">
        <dt>{t('audit.col.entityId')}</dt>
        <dd>{entry.entity_id === '' ? '–' : entry.entity_id}</dd>
        <dt>{t('audit.col.actorId')}</dt>
        <dd>{entry.actor_user_id ?? '–'}</dd>
      </dl>
      <div className="before-after">
        <div>
          <h4>{t('audit.col.before')}</h4>
          {block(entry.before, t('audit.col.before'))}
        </div>
        <div>
          <h4>{t('audit.col.after')}</h4>
          {block(entry.after, t('audit.col.after'))}
        </div>
      </div>
    </div>
  );
}
