// Data of the "Karte der Lücke": one projected gap in % of demand per Kreis, for one
// occupation group × level and one year. There is no per-Kreis batch endpoint, so the map
// asks POST /api/v1/monitor/projection once per Kreis (deterministic, runs 0); that is why it
// is offered only for a Land or a network, never for all of Germany (≈400 calls).
import type { ProjectionReport } from './monitorApi';

export const MAP_YEARS = [2030, 2035, 2040] as const;
export type MapYear = (typeof MAP_YEARS)[number];
export const DEFAULT_MAP_YEAR: MapYear = 2035;

/** The map is offered for a Land ("land:08") or a network ("network:7"), not for a Kreis or Germany. */
export function mapAllowed(regionId: string): boolean {
  return /^land:\d{2}$/.test(regionId) || /^network:\d+$/.test(regionId);
}

/** The Land's AGS of "land:08", or null. */
export function landOf(regionId: string): string | null {
  return /^land:(\d{2})$/.exec(regionId)?.[1] ?? null;
}

/** The network's id of "network:7", or null. */
export function networkOf(regionId: string): number | null {
  const m = /^network:(\d+)$/.exec(regionId);
  return m === null ? null : Number(m[1]);
}

/** Kreis AGS codes, de-duplicated and sorted, so the calls (and the progress) run in a fixed order. */
export function kreisOrder(ags: readonly string[]): string[] {
  return [...new Set(ags.filter((a) => /^\d{5}$/.test(a)))].sort();
}

/** Gap % of demand of `level` in `year` from one Kreis's projection; null when missing. */
export function gapPct(report: ProjectionReport, level: number, year: number): number | null {
  const series = report.series.find((s) => s.level === level);
  if (series === undefined) return null;
  const i = series.years.indexOf(year);
  if (i < 0) return null;
  const v = series.gap_pct[i];
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

/** AGS → gap % for the year; Kreise without a value are left out (drawn as "no data"). */
export function gapValues(reports: Readonly<Record<string, ProjectionReport>>, level: number, year: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [ags, report] of Object.entries(reports)) {
    const v = gapPct(report, level, year);
    if (v !== null) out[ags] = v;
  }
  return out;
}

/** Symmetric scale around 0 (surplus below, shortage above), at least ±1 %. */
export function gapScale(values: Readonly<Record<string, number>>): { min: number; max: number } {
  const m = Math.max(1, ...Object.values(values).map((v) => Math.ceil(Math.abs(v))));
  return { min: -m, max: m };
}
