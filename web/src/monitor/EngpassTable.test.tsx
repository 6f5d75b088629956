import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EngpassTable } from './EngpassTable';
import type { EngpassReport } from './monitorApi';

const REPORT: EngpassReport = {
  region: { id: '08136', name: 'Ostalbkreis', kreise: 1 },
  year: 2025,
  thresholds: '2020',
  synthetic: true,
  sources: [{ name: 'SYNTHETISCH: Demodaten', reference_date: '2025-06-30', synthetic: true }],
  items: [
    {
      occupation: '714',
      name: 'Büro',
      level: 2,
      level_name: 'Fachkraft',
      indicators: [{ name: 'vakanzzeit', value: 0.8, points: 0 }],
      score: 0.5,
      class: 'kein_engpass',
      class_text: 'kein Engpass',
      ba: null,
    },
    {
      occupation: '263',
      name: 'Elektrotechnik',
      level: 2,
      level_name: 'Fachkraft',
      indicators: [
        { name: 'vakanzzeit', value: 1.35, points: 3 },
        { name: 'asr', value: null, points: null, reason_text: 'Keine Fälle in der Bezugsgröße' },
      ],
      score: 2.5,
      class: 'engpass',
      class_text: 'Engpassberuf',
      ba: { class: 'engpass', category: 'Engpassberuf', score: 2.3, agrees: true, source: 'BA' },
    },
  ],
};

function rowNames(): string[] {
  return screen.getAllByRole('rowheader').map((c) => c.textContent ?? '');
}

describe('EngpassTable', () => {
  it('shows points as text with value and reason as alternatives, the class, the BA class and the source', () => {
    render(<EngpassTable report={REPORT} onProject={() => {}} />);
    const row = screen.getByRole('row', { name: /Elektrotechnik/ });
    expect(within(row).getByTitle('3 von 3 Punkten – Wert: 1,4')).toBeTruthy();
    expect(within(row).getByTitle('Keine Fälle in der Bezugsgröße')).toBeTruthy();
    expect(within(row).getAllByText('Engpassberuf')).toHaveLength(2);
    expect(screen.getByText('Quelle: SYNTHETISCH: Demodaten, Stichtag 30.06.2025')).toBeTruthy();
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe('Engpassanalyse 2025 für Ostalbkreis: 2 von 2 Berufsgruppen und Niveaus');
  });

  it('sorts by score descending first and toggles on the header', () => {
    render(<EngpassTable report={REPORT} onProject={() => {}} />);
    expect(rowNames()).toEqual(['Elektrotechnik', 'Büro']);
    const header = screen.getByRole('columnheader', { name: /Mittel/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames()).toEqual(['Büro', 'Elektrotechnik']);
  });

  it('filters by class and asks for the projection of a row', () => {
    const onProject = vi.fn();
    render(<EngpassTable report={REPORT} onProject={onProject} />);
    fireEvent.change(screen.getByLabelText('Klasse'), { target: { value: 'kein_engpass' } });
    expect(rowNames()).toEqual(['Büro']);
    fireEvent.click(screen.getByRole('button', { name: 'Projektion für Büro (Fachkraft)' }));
    expect(onProject).toHaveBeenCalledWith('714', 2);
  });
});
