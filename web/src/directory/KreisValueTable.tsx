// The numbers of a Kreis choropleth as a collapsible table, so that the map's content does not
// depend on seeing colours (used by KreisMap.tsx and monitor/GapMap.tsx).
import { useI18n } from '../i18n/context';

export interface KreisValueRow {
  ags: string;
  name: string;
  value: string;
}

interface Props {
  summary: string;
  label: string;
  valueHeader: string;
  rows: readonly KreisValueRow[];
  /** When given, each Kreis name is a button that calls it with the AGS (click to filter). */
  onSelect?: (ags: string) => void;
}

export function KreisValueTable({ summary, label, valueHeader, rows, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{summary}</summary>
      <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
        <table className="data-table">
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('search.facet.kreis')}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.ags}>
                <th scope="row">
                  {onSelect ? (
                    <button type="button" className="link-button" onClick={() => onSelect(r.ags)}>
                      {r.name}
                    </button>
                  ) : (
                    r.name
                  )}
                </th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
