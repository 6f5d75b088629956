// "Karte der Lücke": projected gap in % of demand per Kreis of a Land or a network, for one
// occupation group × level and a selectable year. Without a batch endpoint the Kreise are
// projected one after the other (deterministic, runs 0) with visible progress; the data
// transformation lives in gapMap.ts, the TopoJSON and chart set-up in kreisChoropleth.ts.
import { useEffect, useId, useRef, useState } from 'react';
import { fetchNetwork, listRegions } from '../api';
import { FormAlert } from '../components/FormAlert';
import { drawKreisChoropleth, loadKreisGeo, type KreisProps } from '../directory/kreisChoropleth';
import { KreisValueTable } from '../directory/KreisValueTable';
import { errorText } from '../errors';
import { formatNumber } from '../format';
import { useI18n } from '../i18n/context';
import { DEFAULT_MAP_YEAR, gapScale, gapValues, kreisOrder, landOf, MAP_YEARS, mapAllowed, networkOf, type MapYear } from './gapMap';
import { fetchProjection, type MonitorRegion, type ProjectionReport, type ScenarioParameters } from './monitorApi';
import { SourceNote, SyntheticBanner } from './SourceNote';

type Load =
  | { status: 'idle' }
  | { status: 'running'; n: number; total: number }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; kreise: KreisProps[]; reports: Record<string, ProjectionReport> };

interface Props {
  region: MonitorRegion;
  occupation: string;
  level: number;
  scenario: ScenarioParameters;
}

async function kreiseOf(regionId: string): Promise<string[]> {
  const land = landOf(regionId);
  if (land !== null) return (await listRegions(land)).map((k) => k.ags);
  const network = networkOf(regionId);
  return network === null ? [] : (await fetchNetwork(network)).kreise;
}

export function GapMap({ region, occupation, level, scenario }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [year, setYear] = useState<MapYear>(DEFAULT_MAP_YEAR);
  const [load, setLoad] = useState<Load>({ status: 'idle' });
  const cancel = useRef<() => void>(() => undefined);

  // A new region, occupation or scenario invalidates the map (and stops a running
  // computation): a map computed for other inputs would be misread as the current one.
  const scenarioKey = JSON.stringify(scenario);
  useEffect(() => {
    setLoad({ status: 'idle' });
    return () => cancel.current();
  }, [region.id, occupation, scenarioKey]);

  async function compute() {
    cancel.current();
    let active = true;
    cancel.current = () => {
      active = false;
    };
    try {
      const [geo, codes] = await Promise.all([loadKreisGeo(), kreiseOf(region.id)]);
      const order = kreisOrder(codes);
      if (order.length === 0) throw new Error(t('monitor.gapMap.noKreise'));
      const names = Object.fromEntries(geo.map((k) => [k.ags, k.name]));
      const reports: Record<string, ProjectionReport> = {};
      for (const [i, ags] of order.entries()) {
        if (!active) return;
        setLoad({ status: 'running', n: i + 1, total: order.length });
        try {
          reports[ags] = await fetchProjection({ region: ags, occupation, runs: 0, scenario });
        } catch (error: unknown) {
          throw new Error(t('monitor.gapMap.failed', { name: names[ags] ?? ags, message: errorText(error, t) }));
        }
      }
      if (active) setLoad({ status: 'loaded', kreise: geo, reports });
    } catch (error: unknown) {
      if (active) setLoad({ status: 'failed', message: error instanceof Error ? error.message : errorText(error, t) });
    }
  }

  const values = load.status === 'loaded' ? gapValues(load.reports, level, year) : {};
  const valuesKey = JSON.stringify(values);
  const fmt = (v: number) => `${formatNumber(v, lang, 1)} %`;

  useEffect(() => {
    if (load.status !== 'loaded' || ref.current === null) return undefined;
    const scale = gapScale(values);
    return drawKreisChoropleth(ref.current, {
      kreise: load.kreise,
      values,
      ...scale,
      colors: ['#2166ac', '#f7f7f7', '#b2182b'],
      format: fmt,
      missing: t('monitor.gapMap.noData'),
    });
  }, [load, valuesKey, lang]);

  const heading = t('monitor.gapMap.heading', { year });
  if (!mapAllowed(region.id)) {
    return (
      <section aria-label={heading}>
        <h3>{heading}</h3>
        <p className="note">{t('monitor.gapMap.onlyLargeRegions')}</p>
      </section>
    );
  }
  const label = t('monitor.gapMap.label', { year });
  const first = load.status === 'loaded' ? Object.values(load.reports)[0] : undefined;
  const names = load.status === 'loaded' ? Object.fromEntries(load.kreise.map((k) => [k.ags, k.name])) : {};
  const rows = Object.entries(values).sort((a, b) => b[1] - a[1] || (names[a[0]] ?? a[0]).localeCompare(names[b[0]] ?? b[0], 'de'));
  return (
    <section aria-label={heading} className="monitor-gap-map">
      <h3>{heading}</h3>
      <p className="note">{t('monitor.gapMap.hint')}</p>
      <div className="monitor-filters">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('monitor.gapMap.year')}</label>
          <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value) as MapYear)}>
            {MAP_YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={load.status === 'running'} onClick={() => void compute()}>
          {t('monitor.gapMap.start')}
        </button>
      </div>
      <p aria-live="polite" className="note">
        {load.status === 'running' ? t('monitor.gapMap.progress', { n: load.n, total: load.total }) : ''}
      </p>
      {load.status === 'failed' && <FormAlert message={load.message} />}
      {load.status === 'loaded' && (
        <>
          <SyntheticBanner synthetic={first?.synthetic ?? false} />
          <div ref={ref} className="kreis-map" role="img" aria-label={label} />
          <p className="note">{t('monitor.gapMap.legend')}</p>
          <p className="map-attribution">{t('map.attribution')}</p>
          {first !== undefined && <SourceNote lines={[t('monitor.sourceBase', { name: first.source.name, year: first.base_year })]} />}
          <KreisValueTable
            summary={t('monitor.gapMap.table')}
            label={label}
            valueHeader={t('monitor.gapMap.value')}
            rows={rows.map(([ags, v]) => ({ ags, name: names[ags] ?? ags, value: fmt(v) }))}
          />
        </>
      )}
    </section>
  );
}
