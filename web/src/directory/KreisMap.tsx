// Choropleth of the Kreise (Apache ECharts, TopoJSON from /karten/). Loaded lazily so that the
// search page does not wait for it. The same numbers are offered as a table below the map.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/context';
import { formatNumber } from '../format';
import { drawKreisChoropleth, loadKreisGeo, type KreisProps } from './kreisChoropleth';
import { KreisValueTable } from './KreisValueTable';

import type { MapMetric } from './search';

export type { MapMetric };

async function loadValues(metric: MapMetric): Promise<Record<string, number>> {
  const response = await fetch(`/api/v1/map/kreise?metric=${metric}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  const data = (await response.json()) as { values?: Record<string, number> };
  return data.values ?? {};
}

type Load =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'loaded'; kreise: KreisProps[]; values: Record<string, number> };

/** `onSelect`: called with the AGS of a clicked Kreis (map or table), e.g. to filter a search. */
export default function KreisMap({ metric, onSelect }: { metric: MapMetric; onSelect?: (ags: string) => void }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    Promise.all([loadKreisGeo(), loadValues(metric)])
      .then(([kreise, values]) => active && setLoad({ status: 'loaded', kreise, values }))
      .catch(() => active && setLoad({ status: 'failed' }));
    return () => {
      active = false;
    };
  }, [metric]);

  useEffect(() => {
    if (load.status !== 'loaded' || ref.current === null) return;
    // Kreise without entries count as 0 here (a count, not a missing value).
    const values = Object.fromEntries(load.kreise.map((k) => [k.ags, load.values[k.ags] ?? 0]));
    return drawKreisChoropleth(ref.current, {
      kreise: load.kreise,
      values,
      min: 0,
      max: Math.max(1, ...Object.values(values)),
      colors: ['#eef3f8', '#0b3a66'],
      format: (v) => formatNumber(v, lang),
      missing: formatNumber(0, lang),
      onSelect,
    });
  }, [load, lang, onSelect]);

  const label = t(`map.label.${metric}`);
  if (load.status === 'failed') return <p>{t('map.failed')}</p>;
  const rows =
    load.status === 'loaded'
      ? load.kreise
          .filter((k) => (load.values[k.ags] ?? 0) > 0)
          .sort((a, b) => (load.values[b.ags] ?? 0) - (load.values[a.ags] ?? 0) || a.name.localeCompare(b.name, 'de'))
      : [];
  return (
    <>
      {load.status === 'loading' && <p aria-live="polite">{t('common.loading')}</p>}
      <div ref={ref} className="kreis-map" role="img" aria-label={label} />
      <p className="map-attribution">{t('map.attribution')}</p>
      {load.status === 'loaded' && (
        <KreisValueTable
          summary={t('map.table')}
          label={label}
          valueHeader={t('map.count')}
          rows={rows.map((k) => ({ ags: k.ags, name: k.name, value: formatNumber(load.values[k.ags] ?? 0, lang) }))}
          onSelect={onSelect}
        />
      )}
    </>
  );
}
