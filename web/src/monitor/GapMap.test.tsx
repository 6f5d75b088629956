import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GapMap } from './GapMap';
import type { ProjectionReport, ProjectionRequest } from './monitorApi';

const calls: ProjectionRequest[] = [];

vi.mock('../directory/kreisChoropleth', () => ({
  loadKreisGeo: () =>
    Promise.resolve([
      { ags: '08111', name: 'Stuttgart' },
      { ags: '08136', name: 'Ostalbkreis' },
      { ags: '09162', name: 'München' },
    ]),
  drawKreisChoropleth: () => () => undefined,
}));

vi.mock('../api', async (original) => ({
  ...(await original<typeof import('../api')>()),
  listRegions: (land?: string) =>
    Promise.resolve(land === '08' ? [{ ags: '08136', name: 'Ostalbkreis' }, { ags: '08111', name: 'Stuttgart' }] : []),
}));

vi.mock('./monitorApi', async (original) => ({
  ...(await original<typeof import('./monitorApi')>()),
  fetchProjection: (body: ProjectionRequest): Promise<ProjectionReport> => {
    calls.push(body);
    const pct = body.region === '08111' ? [1, 2, 3] : [-4, -5.5, -6];
    return Promise.resolve({
      region: { id: body.region, name: body.region, kreise: 1 },
      base_year: 2025,
      horizon: 2040,
      runs: 0,
      synthetic: true,
      source: { name: 'SYNTHETISCH', base_year: 2025, synthetic: true },
      total: { occupation: '263', name: 'E', level: 0, level_name: '', years: [], supply: [], demand: [], gap: [], gap_pct: [] },
      series: [{ occupation: '263', name: 'E', level: 2, level_name: 'Fachkraft', years: [2030, 2035, 2040], supply: [], demand: [], gap: [], gap_pct: pct }],
    });
  },
}));

describe('GapMap', () => {
  it('is not offered for all of Germany and says why', () => {
    render(<GapMap region={{ id: 'de', name: 'Deutschland', kreise: 400 }} occupation="263" level={2} scenario={{}} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/nur für ein Land oder ein Netzwerk/)).toBeTruthy();
  });

  it('projects the Land’s Kreise one by one (runs 0) and shows the gap % of the chosen year', async () => {
    calls.length = 0;
    render(<GapMap region={{ id: 'land:08', name: 'Baden-Württemberg', kreise: 2 }} occupation="263" level={2} scenario={{ graduates_pct: 5 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Karte berechnen' }));
    const table = await screen.findByRole('table');
    expect(calls.map((c) => [c.region, c.runs, c.occupation, c.scenario])).toEqual([
      ['08111', 0, '263', { graduates_pct: 5 }],
      ['08136', 0, '263', { graduates_pct: 5 }],
    ]);
    const cells = () => within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(cells()).toEqual(['Stuttgart2 %', 'Ostalbkreis-5,5 %']);
    fireEvent.change(screen.getByLabelText('Jahr der Karte'), { target: { value: '2040' } });
    await waitFor(() => expect(cells()).toEqual(['Stuttgart3 %', 'Ostalbkreis-6 %']));
    expect(screen.getByText('Synthetische Demodaten – keine amtlichen Zahlen')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Karte der Lücke 2040' })).toBeTruthy();
  });
});
