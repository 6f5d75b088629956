// The occupation table of GET /api/v1/monitor/engpass: six indicators as traffic lights
// (points as text beside the colour, value in the title), mean, class and the BA's class;
// sortable by every column, filterable by class, level and text; CSV download.
import { useMemo, useState } from 'react';
import { saveFile } from '../download';
import { formatNumber } from '../format';
import { useI18n } from '../i18n/context';
import { engpassCsv, filterItems, INDICATORS, nextSort, NO_FILTER, sortItems, trafficLight, type Filter, type Sort, type SortKey } from './engpassTable';
import type { EngpassClass, EngpassReport, Indicator } from './monitorApi';
import { LevelOptions, TextFilter, useLevelName } from './fields';
import { SourceNote, sourceLines } from './SourceNote';

const CLASSES: readonly EngpassClass[] = ['engpass', 'beobachtung', 'kein_engpass', 'nicht_bewertbar'];

function Light({ indicator }: { indicator: Indicator | undefined }) {
  const { t, lang } = useI18n();
  const points = indicator?.points ?? null;
  const light = trafficLight(points);
  const value = indicator?.value ?? null;
  const title = [
    points === null ? (indicator?.reason_text ?? t('monitor.table.notAssessed')) : t('monitor.table.points', { points }),
    value === null ? '' : t('monitor.table.value', { value: formatNumber(value, lang, 1) }),
  ]
    .filter(Boolean)
    .join(' – ');
  return (
    <span className={`light light-${light}`} title={title}>
      <span aria-hidden="true" className="light-dot" />
      <span className="light-text">{points === null ? '–' : points}</span>
      <span className="visually-hidden">{title}</span>
    </span>
  );
}

export function EngpassTable({ report, onProject }: { report: EngpassReport; onProject: (occupation: string, level: number) => void }) {
  const { t, lang } = useI18n();
  const levelName = useLevelName();
  const [sort, setSort] = useState<Sort>({ key: 'score', descending: true });
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const rows = useMemo(() => sortItems(filterItems(report.items, filter), sort), [report, filter, sort]);
  const sources = sourceLines(report.sources, t, lang);

  function header(key: SortKey, label: string) {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, key))}>
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  }

  function download() {
    saveFile(`Engpassanalyse-${report.region.id.replace(/[^\w]+/g, '_')}-${report.year}.csv`, engpassCsv(rows, sources.join(' | ')), 'text/csv;charset=utf-8');
  }

  return (
    <section aria-labelledby="monitor-engpass-heading">
      <h2 id="monitor-engpass-heading">{t('monitor.view.engpass')}</h2>
      <div className="monitor-filters">
        <TextFilter id="monitor-filter-text" value={filter.text} onChange={(text) => setFilter({ ...filter, text })} />
        <div className="field">
          <label htmlFor="monitor-filter-class">{t('monitor.filter.class')}</label>
          <select id="monitor-filter-class" value={filter.cls} onChange={(e) => setFilter({ ...filter, cls: e.target.value as EngpassClass | '' })}>
            <option value="">{t('monitor.filter.all')}</option>
            {CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`monitor.class.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="monitor-filter-level">{t('monitor.filter.level')}</label>
          <select id="monitor-filter-level" value={filter.level} onChange={(e) => setFilter({ ...filter, level: Number(e.target.value) })}>
            <option value={0}>{t('monitor.filter.all')}</option>
            <LevelOptions />
          </select>
        </div>
        <button type="button" className="button" onClick={download}>
          {t('monitor.csv')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table monitor-table">
          <caption>
            {t('monitor.table.caption', { year: report.year, region: report.region.name, shown: rows.length, total: report.items.length })}
          </caption>
          <thead>
            <tr>
              {header('occupation', t('monitor.table.occupation'))}
              {header('name', t('monitor.table.name'))}
              {header('level', t('monitor.table.level'))}
              {INDICATORS.map((n) => header(n, t(`monitor.indicator.${n}`)))}
              {header('score', t('monitor.table.score'))}
              {header('class', t('monitor.table.class'))}
              <th scope="col">{t('monitor.table.ba')}</th>
              <th scope="col">{t('monitor.table.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={13}>{t('monitor.table.empty')}</td>
              </tr>
            )}
            {rows.map((item) => (
              <tr key={`${item.occupation}-${item.level}`}>
                <td>{item.occupation}</td>
                <th scope="row">{item.name}</th>
                <td>{levelName(item.level)}</td>
                {INDICATORS.map((n) => (
                  <td key={n}>
                    <Light indicator={item.indicators.find((i) => i.name === n)} />
                  </td>
                ))}
                <td>{item.score === null ? '–' : formatNumber(item.score, lang, 2)}</td>
                <td>
                  <span className={`status class-${item.class}`}>{t(`monitor.class.${item.class}`)}</span>
                </td>
                <td>{item.ba === null ? '–' : item.ba.category}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onProject(item.occupation, item.level)}
                    aria-label={t('monitor.table.project', { name: item.name, level: levelName(item.level) })}
                  >
                    {t('monitor.table.action')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceNote lines={sources} />
    </section>
  );
}
