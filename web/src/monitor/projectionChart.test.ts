import { describe, expect, it } from 'vitest';
import type { ProjectionSeries } from './monitorApi';
import { projectionChartOption } from './projectionChart';

const LABELS = { supply: 'Angebot', demand: 'Nachfrage', band: 'Angebot p10–p90', source: 'Quelle: X, Basisjahr 2025' };

function series(withBand: boolean): ProjectionSeries {
  return {
    occupation: '263',
    name: 'Elektrotechnik',
    level: 2,
    level_name: 'Fachkraft',
    years: [2025, 2026],
    supply: [100.4, 98.6],
    demand: [110, 111.5],
    gap: [9.6, 12.9],
    gap_pct: [8.7, 11.6],
    ...(withBand ? { bands: { supply: { p10: [95, 90], p50: [100, 97], p90: [104, null] }, gap: { p10: [], p50: [], p90: [] } } } : {}),
  };
}

describe('projectionChartOption', () => {
  it('draws the band as a base plus the p10–p90 width, and supply as the median', () => {
    const o = projectionChartOption(series(true), LABELS, String);
    expect(o.xAxis.data).toEqual(['2025', '2026']);
    const [base, band, supply, demand] = o.series;
    expect(base?.data).toEqual([95, 90]);
    expect(band?.data).toEqual([9, null]);
    expect(band?.name).toBe('Angebot p10–p90');
    expect(supply?.data).toEqual([100, 97]);
    expect(demand?.data).toEqual([110, 112]);
    expect(o.graphic[0]?.style.text).toBe('Quelle: X, Basisjahr 2025');
  });
  it('without runs shows the deterministic supply and no band', () => {
    const o = projectionChartOption(series(false), LABELS, String);
    expect(o.series.map((s) => s.name)).toEqual(['Angebot', 'Nachfrage']);
    expect(o.series[0]?.data).toEqual([100, 99]);
    expect(o.legend.data).toEqual(['Angebot', 'Nachfrage']);
  });
});
