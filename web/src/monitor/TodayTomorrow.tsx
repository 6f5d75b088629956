// "Heute und morgen": per occupation group × level today's class beside the projected gap
// (demand minus supply) in 2030, 2035 and 2040.
import { useMemo, useState } from 'react';
import { formatNumber, formatPercent } from '../format';
import { useI18n } from '../i18n/context';
import type { TodayTomorrowReport } from './monitorApi';
import { TextFilter, useLevelName } from './fields';
import { SourceNote, sourceLines } from './SourceNote';

const YEARS = ['2030', '2035', '2040'] as const;

export function TodayTomorrow({ report }: { report: TodayTomorrowReport }) {
  const { t, lang } = useI18n();
  const levelName = useLevelName();
  const [text, setText] = useState('');
  const rows = useMemo(() => {
    const q = text.trim().toLocaleLowerCase('de');
    return report.items.filter((i) => q === '' || i.name.toLocaleLowerCase('de').includes(q) || i.occupation.startsWith(q));
  }, [report, text]);
  return (
    <section aria-labelledby="monitor-tomorrow-heading">
      <h2 id="monitor-tomorrow-heading">{t('monitor.view.tomorrow')}</h2>
      <div className="monitor-filters">
        <TextFilter id="monitor-tomorrow-text" value={text} onChange={setText} />
      </div>
      <p className="note">{t('monitor.tomorrow.note')}</p>
      <div className="table-scroll">
        <table className="data-table monitor-table">
          <caption>{t('monitor.tomorrow.caption', { region: report.region.name, year: report.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monitor.table.occupation')}</th>
              <th scope="col">{t('monitor.table.name')}</th>
              <th scope="col">{t('monitor.table.level')}</th>
              <th scope="col">{t('monitor.tomorrow.today', { year: report.year })}</th>
              {YEARS.map((y) => (
                <th key={y} scope="col">
                  {t('monitor.tomorrow.gap', { year: y })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <tr key={`${item.occupation}-${item.level}`}>
                <td>{item.occupation}</td>
                <th scope="row">{item.name}</th>
                <td>{levelName(item.level)}</td>
                <td>
                  <span className={`status class-${item.class}`}>{t(`monitor.class.${item.class}`)}</span>
                </td>
                {YEARS.map((y) => {
                  const cell = item.tomorrow[y];
                  return (
                    <td key={y} className="number">
                      {cell === undefined || cell.gap === null
                        ? t('monitor.tomorrow.noData')
                        : t('monitor.tomorrow.gapValue', {
                            gap: formatNumber(Math.round(cell.gap), lang, 0),
                            pct: cell.gap_pct === null ? '–' : formatPercent(cell.gap_pct, lang),
                          })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceNote lines={sourceLines(report.sources, t, lang)} />
    </section>
  );
}
