import { describe, expect, it } from 'vitest';
import { engpassCsv, filterItems, nextSort, NO_FILTER, sortItems, trafficLight } from './engpassTable';
import type { EngpassItem } from './monitorApi';

function item(occupation: string, name: string, level: number, score: number | null, cls: EngpassItem['class'], asr: number | null): EngpassItem {
  return {
    occupation,
    name,
    level,
    level_name: ['', 'Helfer', 'Fachkraft', 'Spezialist', 'Experte'][level] ?? '',
    indicators: [
      { name: 'vakanzzeit', value: 1.2, points: 2 },
      { name: 'asr', value: asr === null ? null : 150.5, points: asr },
    ],
    score,
    class: cls,
    class_text: { engpass: 'Engpassberuf', beobachtung: 'unter Beobachtung', kein_engpass: 'kein Engpass', nicht_bewertbar: 'nicht bewertbar' }[cls],
    ba: null,
  };
}

const ITEMS = [
  item('263', 'Elektrotechnik', 2, 2.5, 'engpass', 3),
  item('714', 'Büro und Sekretariat', 2, 0.8, 'kein_engpass', 0),
  item('813', 'Gesundheits- und Krankenpflege', 3, 1.7, 'beobachtung', 1),
  item('821', 'Altenpflege', 1, null, 'nicht_bewertbar', null),
];

describe('trafficLight', () => {
  it('maps 0–3 points to green, yellow, orange, red and missing to none', () => {
    expect([0, 1, 2, 3].map(trafficLight)).toEqual(['green', 'yellow', 'orange', 'red']);
    expect(trafficLight(null)).toBe('none');
    expect(trafficLight(undefined)).toBe('none');
    expect(trafficLight(Number.NaN)).toBe('none');
  });
});

describe('sortItems', () => {
  it('sorts by score descending with unassessed rows last', () => {
    expect(sortItems(ITEMS, { key: 'score', descending: true }).map((i) => i.occupation)).toEqual(['263', '813', '714', '821']);
    expect(sortItems(ITEMS, { key: 'score', descending: false }).map((i) => i.occupation)).toEqual(['714', '813', '263', '821']);
  });
  it('sorts by class severity, by name in German order and by one indicator', () => {
    expect(sortItems(ITEMS, { key: 'class', descending: true }).map((i) => i.occupation)).toEqual(['263', '813', '714', '821']);
    expect(sortItems(ITEMS, { key: 'name', descending: false }).map((i) => i.name)[0]).toBe('Altenpflege');
    expect(sortItems(ITEMS, { key: 'asr', descending: true }).map((i) => i.occupation)).toEqual(['263', '813', '714', '821']);
  });
  it('does not change the input', () => {
    const copy = [...ITEMS];
    sortItems(ITEMS, { key: 'score', descending: true });
    expect(ITEMS).toEqual(copy);
  });
  it('toggles the direction on the same column', () => {
    expect(nextSort({ key: 'score', descending: true }, 'score')).toEqual({ key: 'score', descending: false });
    expect(nextSort({ key: 'score', descending: true }, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextSort({ key: 'name', descending: false }, 'asr')).toEqual({ key: 'asr', descending: true });
  });
});

describe('filterItems', () => {
  it('filters by class, level and text (name or code prefix)', () => {
    expect(filterItems(ITEMS, NO_FILTER)).toHaveLength(4);
    expect(filterItems(ITEMS, { ...NO_FILTER, cls: 'engpass' }).map((i) => i.occupation)).toEqual(['263']);
    expect(filterItems(ITEMS, { ...NO_FILTER, level: 2 }).map((i) => i.occupation)).toEqual(['263', '714']);
    expect(filterItems(ITEMS, { ...NO_FILTER, text: 'PFLEGE' }).map((i) => i.occupation)).toEqual(['813', '821']);
    expect(filterItems(ITEMS, { ...NO_FILTER, text: '26' }).map((i) => i.occupation)).toEqual(['263']);
    expect(filterItems(ITEMS, { text: 'pflege', cls: 'beobachtung', level: 3 }).map((i) => i.occupation)).toEqual(['813']);
  });
});

describe('engpassCsv', () => {
  it('writes a BOM, a header, decimal commas, quoted texts and the source last', () => {
    const csv = engpassCsv([ITEMS[0]!, item('999', 'Text; mit "Zeichen"', 2, null, 'nicht_bewertbar', null)], 'SYNTHETISCH, Stand 2025');
    expect(csv.startsWith('\uFEFFKldB;Berufsgruppe;Niveau;vakanzzeit_punkte;vakanzzeit_wert;asr_punkte')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe('263;Elektrotechnik;Fachkraft;2;1,2;3;150,5;;;;;;;;;2,5;Engpassberuf;');
    expect(lines[2]).toContain('"Text; mit ""Zeichen"""');
    expect(lines[2]).toContain(';;nicht bewertbar;');
    expect(lines[3]).toBe('Quelle: SYNTHETISCH, Stand 2025');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
