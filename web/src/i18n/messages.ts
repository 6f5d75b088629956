// Dictionaries and the pure translate function (no React here, so tests stay simple).
import type { Language } from '../api';
import { de, type MessageKey, type Messages } from './de';
import { en } from './en';

export type { MessageKey, Messages };

export const LANGUAGES: readonly Language[] = ['de', 'en'];
export const DEFAULT_LANGUAGE: Language = 'de';

export const dictionaries: Record<Language, Messages> = { de, en };

export type Params = Record<string, string | number>;

/** Looks a key up and fills in {placeholders}; unknown placeholders stay as they are. */
export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLanguage(value: unknown): value is Language {
  return value === 'de' || value === 'en';
}
