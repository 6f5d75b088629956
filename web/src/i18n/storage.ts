// The chosen UI language, kept in localStorage. Storage may be unavailable
// (privacy settings); then the choice simply lasts for the page's lifetime.
import type { Language } from '../api';
import { DEFAULT_LANGUAGE, isLanguage } from './messages';

const STORAGE_KEY = 'fachwerk.language';

export function loadLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function saveLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; nothing else to do.
  }
}
