import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatNumber, formatPercent, formatTime } from './format';

const NBSP = '\u00a0';

describe('formatDate', () => {
  it('formats German dates as DD.MM.YYYY', () => {
    expect(formatDate('2026-11-25')).toBe('25.11.2026');
    expect(formatDate('2012-09-24')).toBe('24.09.2012');
  });

  it('keeps plain ISO dates on their calendar day', () => {
    expect(formatDate('2026-01-01')).toBe('01.01.2026');
    expect(formatDate('2026-12-31')).toBe('31.12.2026');
  });

  it('formats timestamps in German time', () => {
    // 23:30 UTC on 24 Nov is already 25 Nov in Berlin (UTC+1).
    expect(formatDate('2026-11-24T23:30:00Z')).toBe('25.11.2026');
    expect(formatDate(new Date(Date.UTC(2026, 10, 25, 12)))).toBe('25.11.2026');
  });

  it('uses British order in English', () => {
    expect(formatDate('2026-11-25', 'en')).toBe('25/11/2026');
  });

  it('returns an empty string for invalid input', () => {
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatTime', () => {
  it('adds "Uhr" in German', () => {
    expect(formatTime('2026-11-25T13:30:00Z')).toBe('14:30 Uhr');
    expect(formatTime('2026-07-01T07:05:00Z')).toBe('09:05 Uhr');
  });

  it('uses 24 hours in English', () => {
    expect(formatTime('2026-11-25T13:30:00Z', 'en')).toBe('14:30');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma and dots for thousands', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(15000)).toBe('15.000');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(-42.25)).toBe('-42,25');
  });

  it('rounds to the requested decimals', () => {
    expect(formatNumber(2.345, 'de', 1)).toBe('2,3');
    expect(formatNumber(1234.5, 'de', 0)).toBe('1.235');
  });

  it('uses English separators in English', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('formatPercent and formatEuro', () => {
  it('formats percentages', () => {
    expect(formatPercent(51.1)).toBe(`51,1${NBSP}%`);
    expect(formatPercent(47.7, 'en')).toBe('47.7%');
  });

  it('formats euros', () => {
    expect(formatEuro(1234)).toBe(`1.234${NBSP}€`);
    expect(formatEuro(1234, 'en')).toBe('€1,234');
  });
});
