import { describe, expect, it } from 'vitest';
import { buildScenario, NEUTRAL, runsFor, valuesFromScenario } from './scenario';

describe('buildScenario', () => {
  it('leaves neutral values out', () => {
    expect(buildScenario(NEUTRAL)).toEqual({});
  });
  it('keeps set values with the API field names', () => {
    expect(buildScenario({ ...NEUTRAL, retirement_age_shift: 2, demand_growth_pct: -1.5, net_migration_pct: 50 })).toEqual({
      retirement_age_shift: 2,
      demand_growth_pct: -1.5,
      net_migration_pct: 50,
    });
  });
  it('clamps to the ranges the API validates and snaps to the step', () => {
    expect(buildScenario({ retirement_age_shift: 9, participation_women_pp: -40, net_migration_pct: 1000, graduates_pct: -101 })).toEqual({
      retirement_age_shift: 5,
      participation_women_pp: -20,
      net_migration_pct: 300,
      graduates_pct: -100,
    });
    expect(buildScenario({ retirement_age_shift: 1.4, demand_growth_pct: 0.74 })).toEqual({ retirement_age_shift: 1, demand_growth_pct: 0.5 });
  });
  it('drops values that are not numbers', () => {
    expect(buildScenario({ graduates_pct: Number.NaN })).toEqual({});
  });
});

describe('valuesFromScenario', () => {
  it('fills missing fields with neutral values', () => {
    expect(valuesFromScenario({ participation_55plus_pp: 5 })).toEqual({ ...NEUTRAL, participation_55plus_pp: 5 });
  });
});

describe('runsFor', () => {
  it('spends at most 500 Kreis-runs, at most 100 runs, and none below 2', () => {
    expect(runsFor(1)).toBe(100);
    expect(runsFor(5)).toBe(100);
    expect(runsFor(10)).toBe(50);
    expect(runsFor(44)).toBe(11);
    expect(runsFor(401)).toBe(0);
    expect(runsFor(0)).toBe(100);
  });
});
