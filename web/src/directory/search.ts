// Search state kept in the URL (/netzwerke?q=…&type=…&land=08&page=2) and the snippet sanitiser.
// type: network (default), organisation, practice (published good-practice entries) or all.

export const FACETS = ['land', 'kreis', 'handlungsfeld', 'zielgruppe', 'partner_type'] as const;
export type Facet = (typeof FACETS)[number];
export type SearchType = 'network' | 'organisation' | 'practice' | 'all';

export interface SearchState {
  q: string;
  type: SearchType;
  filters: Partial<Record<Facet, string>>;
  page: number;
}

/** Reads the state from a query string ("?q=…"). Unknown or broken values fall back to defaults. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const rawType = params.get('type');
  const type: SearchType =
    rawType === 'network' || rawType === 'organisation' || rawType === 'practice' || rawType === 'all' ? rawType : 'network';
  const filters: Partial<Record<Facet, string>> = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value !== null && value !== '') filters[facet] = value;
  }
  const page = Number(params.get('page'));
  return { q: params.get('q') ?? '', type, filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** Writes the state as a query string; default values are left out ("" for the default state). */
export function formatSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  if (state.type !== 'network') params.set('type', state.type);
  for (const facet of FACETS) {
    const value = state.filters[facet];
    if (value !== undefined && value !== '') params.set(facet, value);
  }
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Sets (or, when already set to the same value, removes) a facet filter; goes back to page 1. */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const filters = { ...state.filters };
  if (filters[facet] === value) delete filters[facet];
  else filters[facet] = value;
  // A Kreis belongs to one Land: changing the Land drops a Kreis filter.
  if (facet === 'land') delete filters.kreis;
  return { ...state, filters, page: 1 };
}

/** The API query string for GET /api/v1/search. */
export function apiQuery(state: SearchState, size: number): string {
  const params = new URLSearchParams();
  params.set('q', state.q.trim());
  if (state.type !== 'all') params.set('type', state.type);
  for (const facet of FACETS) {
    const value = state.filters[facet];
    if (value !== undefined) params.set(facet, value);
  }
  params.set('page', String(state.page));
  params.set('size', String(size));
  return params.toString();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Makes a server snippet safe to render as HTML: only `<mark>` and `</mark>` (exactly, no
 * attributes) survive as tags; every other `<`, `>`, `"` and stray `&` is escaped again.
 * Known entities from the server are decoded first and re-escaped, so nothing is double-escaped.
 */
export function sanitiseSnippet(snippet: string): string {
  let open = false;
  let out = '';
  for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      if (!open) out += part;
      open = true;
    } else if (part === '</mark>') {
      if (open) out += part;
      open = false;
    } else {
      const decoded = part.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
      out += escapeHtml(decoded);
    }
  }
  return open ? `${out}</mark>` : out;
}

/** What the Kreis map counts, and the search that lists exactly those entries. */
export type MapMetric = 'networks' | 'organisations' | 'practices';
const METRIC_TYPE: Record<MapMetric, SearchType> = { networks: 'network', organisations: 'organisation', practices: 'practice' };

/** The query string of the search behind one Kreis of the map ("click to filter"). */
export function kreisSearch(metric: MapMetric, ags: string): string {
  return formatSearch({ q: '', type: METRIC_TYPE[metric], filters: { kreis: ags }, page: 1 });
}
