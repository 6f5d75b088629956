import { describe, expect, it } from 'vitest';
import { apiQuery, formatSearch, kreisSearch, parseSearch, sanitiseSnippet, toggleFilter } from './search';

describe('facet URL state', () => {
  it('reads defaults from an empty query', () => {
    expect(parseSearch('')).toEqual({ q: '', type: 'network', filters: {}, page: 1 });
  });

  it('round-trips query, type, filters and page', () => {
    const search = '?q=pflegekraft&type=all&land=08&handlungsfeld=dual_career&page=3';
    const state = parseSearch(search);
    expect(state).toEqual({ q: 'pflegekraft', type: 'all', filters: { land: '08', handlungsfeld: 'dual_career' }, page: 3 });
    expect(formatSearch(state)).toBe(search);
  });

  it('knows the practice type', () => {
    expect(parseSearch('?type=practice&land=08')).toEqual({ q: '', type: 'practice', filters: { land: '08' }, page: 1 });
    expect(apiQuery(parseSearch('?type=practice'), 20)).toBe('q=&type=practice&page=1&size=20');
  });

  it('ignores unknown types, bad pages and empty filters', () => {
    expect(parseSearch('?type=evil&page=-2&land=&kreis=08136')).toEqual({
      q: '',
      type: 'network',
      filters: { kreis: '08136' },
      page: 1,
    });
    expect(formatSearch(parseSearch(''))).toBe('');
  });

  it('toggles a facet on and off and goes back to page 1', () => {
    const start = parseSearch('?q=x&page=4');
    const on = toggleFilter(start, 'zielgruppe', 'frauen');
    expect(formatSearch(on)).toBe('?q=x&zielgruppe=frauen');
    expect(formatSearch(toggleFilter(on, 'zielgruppe', 'frauen'))).toBe('?q=x');
  });

  it('drops the Kreis filter when the Land changes', () => {
    const state = parseSearch('?land=08&kreis=08136');
    expect(toggleFilter(state, 'land', '09').filters).toEqual({ land: '09' });
  });

  it('builds the API query without the type for "alle"', () => {
    expect(apiQuery(parseSearch('?q=a&type=all&land=08'), 20)).toBe('q=a&land=08&page=1&size=20');
    expect(apiQuery(parseSearch('?type=organisation'), 10)).toBe('q=&type=organisation&page=1&size=10');
  });
});

describe('sanitiseSnippet', () => {
  it('keeps <mark> and the server’s escaping', () => {
    expect(sanitiseSnippet('IHK <mark>Ostwürttemberg</mark> &amp; Co &lt;b&gt;')).toBe(
      'IHK <mark>Ostwürttemberg</mark> &amp; Co &lt;b&gt;',
    );
  });

  it('escapes every other tag and attribute', () => {
    expect(sanitiseSnippet('<img src=x onerror="alert(1)"><mark class="x">a</mark>')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;mark class=&quot;x&quot;&gt;a',
    );
    expect(sanitiseSnippet('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('balances unclosed and stray marks', () => {
    expect(sanitiseSnippet('a <mark>b')).toBe('a <mark>b</mark>');
    expect(sanitiseSnippet('a</mark> <mark><mark>b</mark>')).toBe('a <mark>b</mark>');
  });

  it('escapes a stray ampersand', () => {
    expect(sanitiseSnippet('A & B')).toBe('A &amp; B');
  });
});

describe('kreisSearch (click on the Kreis map)', () => {
  it('opens the search for what the map counts, limited to the clicked Kreis', () => {
    expect(kreisSearch('networks', '08136')).toBe('?kreis=08136');
    expect(kreisSearch('organisations', '08136')).toBe('?type=organisation&kreis=08136');
    expect(parseSearch(kreisSearch('practices', '09162'))).toEqual({
      q: '',
      type: 'practice',
      filters: { kreis: '09162' },
      page: 1,
    });
  });
});
