// Formatting of dates, times and numbers. German conventions by default:
// 25.11.2026, 14:30 Uhr, 1.234,5, 1.234 €. English uses British conventions.
import type { Language } from './api';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };
const TIME_ZONE = 'Europe/Berlin';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar date. Accepts a Date, an ISO timestamp, or a plain ISO date
 * ("2026-11-25"), which is taken as a calendar day with no time-zone shift.
 * Returns '' for values that are not dates.
 */
export function formatDate(value: Date | string, lang: Language = 'de'): string {
  let date: Date;
  let timeZone = TIME_ZONE;
  if (typeof value === 'string') {
    const day = ISO_DATE.exec(value);
    if (day !== null) {
      date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      timeZone = 'UTC';
    } else {
      date = new Date(value);
    }
  } else {
    date = value;
  }
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone,
  }).format(date);
}

/** Formats the time of day in German time: "14:30 Uhr" (German) or "14:30" (English). */
export function formatTime(value: Date | string, lang: Language = 'de'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
  return lang === 'de' ? `${time} Uhr` : time;
}

/** Formats a number with grouping: 1234.5 → "1.234,5". At most `maxFractionDigits` decimals. */
export function formatNumber(value: number, lang: Language = 'de', maxFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: maxFractionDigits,
  }).format(value);
}

/** Formats a percentage given in percent units: 51.1 → "51,1 %". */
export function formatPercent(value: number, lang: Language = 'de', fractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value / 100);
}

/** Formats whole euros: 1234 → "1.234 €" (with a no-break space before the sign). */
export function formatEuro(value: number, lang: Language = 'de'): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);
}

/** Date and time: "25.11.2026, 14:30 Uhr" (German) or "25/11/2026, 14:30" (English). */
export function formatDateTime(value: Date | string, lang: Language = 'de'): string {
  const date = formatDate(value, lang);
  const time = formatTime(value, lang);
  return date === '' || time === '' ? '' : `${date}, ${time}`;
}

/** Date and time for CSV files, always German and without "Uhr": "25.11.2026 14:30". */
export function formatCsvDateTime(value: Date | string): string {
  const date = formatDate(value, 'de');
  const time = formatTime(value, 'en'); // the same 24-hour "14:30", without "Uhr"
  return date === '' || time === '' ? '' : `${date} ${time}`;
}
