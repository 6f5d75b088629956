// Pure logic of the occupation table: traffic lights, sorting, filtering and CSV export.
// Kept free of React so that it is unit-tested directly (engpassTable.test.ts).
import type { EngpassClass, EngpassItem } from './monitorApi';

/** The six BA indicators in the order the API lists them. */
export const INDICATORS = ['vakanzzeit', 'asr', 'alq', 'auslaender', 'abgangsrate', 'entgelt'] as const;
export type IndicatorName = (typeof INDICATORS)[number];

export type Light = 'green' | 'yellow' | 'orange' | 'red' | 'none';

/**
 * Colour of 0–3 points: 0 green (no sign of shortage) … 3 red. Not assessed (null) is 'none'.
 * The table always shows the points as text too, so colour is never the only carrier.
 */
export function trafficLight(points: number | null | undefined): Light {
  if (points === null || points === undefined || !Number.isFinite(points)) return 'none';
  if (points >= 3) return 'red';
  if (points >= 2) return 'orange';
  if (points >= 1) return 'yellow';
  return 'green';
}

export type SortKey = 'occupation' | 'name' | 'level' | 'score' | 'class' | IndicatorName;
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export interface Filter {
  text: string;
  cls: EngpassClass | '';
  level: number | 0;
}

export const NO_FILTER: Filter = { text: '', cls: '', level: 0 };

/** Severity order of the classes: Engpassberuf first when sorting descending. */
const CLASS_RANK: Record<EngpassClass, number> = { nicht_bewertbar: 0, kein_engpass: 1, beobachtung: 2, engpass: 3 };

function points(item: EngpassItem, name: string): number | null {
  return item.indicators.find((i) => i.name === name)?.points ?? null;
}

function sortValue(item: EngpassItem, key: SortKey): string | number | null {
  switch (key) {
    case 'occupation':
      return item.occupation;
    case 'name':
      return item.name;
    case 'level':
      return item.level;
    case 'score':
      return item.score;
    case 'class':
      return CLASS_RANK[item.class];
    default:
      return points(item, key);
  }
}

/** Sorted copy; values that are missing (not assessed) always go last, whatever the direction. */
export function sortItems(list: readonly EngpassItem[], sort: Sort): EngpassItem[] {
  const sign = sort.descending ? -1 : 1;
  return list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const va = sortValue(a.item, sort.key);
      const vb = sortValue(b.item, sort.key);
      if (va === null && vb === null) return a.index - b.index;
      if (va === null) return 1;
      if (vb === null) return -1;
      const c = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, 'de') : Number(va) - Number(vb);
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map((e) => e.item);
}

/** Case-insensitive text filter on name and KldB code, plus class and level. */
export function filterItems(list: readonly EngpassItem[], filter: Filter): EngpassItem[] {
  const text = filter.text.trim().toLocaleLowerCase('de');
  return list.filter(
    (item) =>
      (filter.cls === '' || item.class === filter.cls) &&
      (filter.level === 0 || item.level === filter.level) &&
      (text === '' || item.name.toLocaleLowerCase('de').includes(text) || item.occupation.startsWith(text)),
  );
}

/** Next sort when a column header is activated: same column toggles, a new one starts descending for figures. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: !(key === 'occupation' || key === 'name' || key === 'level') };
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV for German Excel: BOM, ';' separator, decimal comma, CRLF; a header line
 * and the source lines last, so that the figures never travel without their origin.
 */
export function engpassCsv(list: readonly EngpassItem[], sourceLine: string): string {
  const header = ['KldB', 'Berufsgruppe', 'Niveau', ...INDICATORS.flatMap((n) => [`${n}_punkte`, `${n}_wert`]), 'Score', 'Klasse', 'BA-Klasse'];
  const rows = list.map((item) => [
    item.occupation,
    item.name,
    item.level_name,
    ...INDICATORS.flatMap((n) => {
      const ind = item.indicators.find((i) => i.name === n);
      return [ind?.points ?? null, ind?.value ?? null];
    }),
    item.score,
    item.class_text,
    item.ba?.category ?? null,
  ]);
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(';'));
  lines.push(csvCell(`Quelle: ${sourceLine}`));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
