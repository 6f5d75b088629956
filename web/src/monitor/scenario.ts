// Scenario sliders: the parameters and ranges the API validates (engine/monitor/scenario.cpp,
// docs/engine-monitor.md §5) and building the request body from slider values.
import type { ScenarioField, ScenarioParameters } from './monitorApi';

export interface SliderSpec {
  field: ScenarioField;
  min: number;
  max: number;
  step: number;
}

export const SLIDERS: readonly SliderSpec[] = [
  { field: 'retirement_age_shift', min: -3, max: 5, step: 1 },
  { field: 'participation_women_pp', min: -20, max: 20, step: 1 },
  { field: 'participation_55plus_pp', min: -20, max: 20, step: 1 },
  { field: 'net_migration_pct', min: -100, max: 300, step: 10 },
  { field: 'graduates_pct', min: -100, max: 100, step: 5 },
  { field: 'demand_growth_pct', min: -5, max: 5, step: 0.5 },
];

export type SliderValues = Record<ScenarioField, number>;

export const NEUTRAL: SliderValues = {
  retirement_age_shift: 0,
  participation_women_pp: 0,
  participation_55plus_pp: 0,
  net_migration_pct: 0,
  graduates_pct: 0,
  demand_growth_pct: 0,
};

/**
 * The scenario object for the API: values clamped to the allowed range and snapped to the
 * slider step (the retirement shift must be a whole number), neutral values left out.
 */
export function buildScenario(values: Partial<SliderValues>): ScenarioParameters {
  const out: ScenarioParameters = {};
  for (const spec of SLIDERS) {
    const raw = values[spec.field];
    if (raw === undefined || !Number.isFinite(raw)) continue;
    const clamped = Math.min(spec.max, Math.max(spec.min, raw));
    const snapped = Math.round(clamped / spec.step) * spec.step;
    const value = Number(snapped.toFixed(4));
    if (value !== 0) out[spec.field] = value;
  }
  return out;
}

/** Slider values from a saved scenario (missing fields neutral). */
export function valuesFromScenario(p: ScenarioParameters): SliderValues {
  return { ...NEUTRAL, ...buildScenario(p) };
}

/**
 * Random runs to ask for: the API allows 5,000 Kreis-runs, but on a loaded server that takes
 * seconds for a Land (7.6 s for Baden-Württemberg with 100 runs), too slow for a slider. The UI
 * spends a tenth of it: 100 runs for a Kreis or network, about 11 for Baden-Württemberg, and the
 * deterministic projection only (0) for Germany.
 */
export const UI_RUN_BUDGET = 500;

export function runsFor(kreise: number): number {
  const limit = Math.floor(UI_RUN_BUDGET / Math.max(1, kreise));
  return limit >= 2 ? Math.min(100, limit) : 0;
}
