import { describe, expect, it } from 'vitest';
import type { ProjectionReport, ProjectionSeries } from './monitorApi';
import { gapPct, gapScale, gapValues, kreisOrder, landOf, mapAllowed, networkOf } from './gapMap';

function series(level: number, gapPctValues: (number | null)[]): ProjectionSeries {
  return {
    occupation: '263',
    name: 'Elektrotechnik',
    level,
    level_name: 'x',
    years: [2025, 2030, 2035, 2040],
    supply: [],
    demand: [],
    gap: [],
    gap_pct: gapPctValues,
  };
}

function report(ags: string, ...s: ProjectionSeries[]): ProjectionReport {
  return {
    region: { id: ags, name: ags, kreise: 1 },
    base_year: 2025,
    horizon: 2040,
    runs: 0,
    synthetic: true,
    source: { name: 'X', base_year: 2025, synthetic: true },
    total: series(0, []),
    series: s,
  };
}

describe('gap map data', () => {
  it('is offered only for a Land or a network', () => {
    expect(mapAllowed('land:08')).toBe(true);
    expect(mapAllowed('network:12')).toBe(true);
    expect(mapAllowed('de')).toBe(false);
    expect(mapAllowed('08136')).toBe(false);
    expect(landOf('land:08')).toBe('08');
    expect(landOf('de')).toBeNull();
    expect(networkOf('network:12')).toBe(12);
    expect(networkOf('land:08')).toBeNull();
  });

  it('orders the Kreise deterministically without duplicates', () => {
    expect(kreisOrder(['08136', '08111', '08136', 'x'])).toEqual(['08111', '08136']);
  });

  it('takes the gap % of the chosen level and year', () => {
    const r = report('08136', series(1, [0, 1.5, 2.5, 3.5]), series(2, [0, 4.25, -2, null]));
    expect(gapPct(r, 2, 2030)).toBe(4.25);
    expect(gapPct(r, 2, 2035)).toBe(-2);
    expect(gapPct(r, 1, 2040)).toBe(3.5);
    expect(gapPct(r, 2, 2040)).toBeNull();
    expect(gapPct(r, 3, 2035)).toBeNull();
    expect(gapPct(r, 2, 2031)).toBeNull();
  });

  it('maps every Kreis to its value for the year and leaves out missing ones', () => {
    const reports = { '08111': report('08111', series(2, [0, 1, 5, 9])), '08136': report('08136', series(2, [0, 2, -7.4, null])) };
    expect(gapValues(reports, 2, 2035)).toEqual({ '08111': 5, '08136': -7.4 });
    expect(gapValues(reports, 2, 2040)).toEqual({ '08111': 9 });
    expect(gapScale(gapValues(reports, 2, 2035))).toEqual({ min: -8, max: 8 });
    expect(gapScale({})).toEqual({ min: -1, max: 1 });
  });
});
