// Choropleth of the Kreise (Apache ECharts, TopoJSON from /karten/). Loaded lazily so that the
// search page does not wait for it. The same numbers are offered as a table below the map.
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useI18n } from '../i18n/context';
import { formatNumber } from '../format';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

import type { MapMetric } from './search';

export type { MapMetric };

interface KreisProps {
  ags: string;
  name: string;
}

let geoPromise: Promise<KreisProps[]> | null = null;

function loadGeo(): Promise<KreisProps[]> {
  if (geoPromise === null) {
    geoPromise = fetch('/karten/kreise_laender.topo.json')
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<Topology<{ kreise: GeometryCollection<KreisProps> }>>;
      })
      .then((topo) => {
        const geo = feature(topo, topo.objects.kreise);
        echarts.registerMap('kreise', geo as unknown as Parameters<typeof echarts.registerMap>[1]);
        return geo.features.map((f) => f.properties);
      })
      .catch((error: unknown) => {
        geoPromise = null;
        throw error;
      });
  }
  return geoPromise;
}

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
    Promise.all([loadGeo(), loadValues(metric)])
      .then(([kreise, values]) => active && setLoad({ status: 'loaded', kreise, values }))
      .catch(() => active && setLoad({ status: 'failed' }));
    return () => {
      active = false;
    };
  }, [metric]);

  useEffect(() => {
    if (load.status !== 'loaded' || ref.current === null) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    const data = load.kreise.map((k) => ({ name: k.ags, value: load.values[k.ags] ?? 0 }));
    const names = Object.fromEntries(load.kreise.map((k) => [k.ags, k.name]));
    const max = Math.max(1, ...data.map((d) => d.value));
    chart.setOption({
      aria: { enabled: false },
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number }) =>
          `${names[p.name] ?? p.name}: ${formatNumber(Number.isFinite(p.value) ? p.value : 0, lang)}`,
      },
      visualMap: {
        min: 0,
        max,
        left: 'left',
        bottom: 10,
        text: [formatNumber(max, lang), '0'],
        calculable: false,
        inRange: { color: ['#eef3f8', '#0b3a66'] },
      },
      series: [
        {
          type: 'map',
          map: 'kreise',
          nameProperty: 'ags',
          roam: false,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c200' } },
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.4 },
          data,
        },
      ],
    });
    if (onSelect) chart.on('click', (p) => onSelect(String(p.name)));
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
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
        <details>
          <summary>{t('map.table')}</summary>
          <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
            <table className="data-table">
              <caption>{label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('search.facet.kreis')}</th>
                  <th scope="col">{t('map.count')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((k) => (
                  <tr key={k.ags}>
                    <th scope="row">
                      {onSelect ? (
                        <button type="button" className="link-button" onClick={() => onSelect(k.ags)}>
                          {k.name}
                        </button>
                      ) : (
                        k.name
                      )}
                    </th>
                    <td>{formatNumber(load.values[k.ags] ?? 0, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
