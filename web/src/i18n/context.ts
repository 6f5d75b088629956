import { createContext, useContext } from 'react';
import type { Language } from '../api';
import { DEFAULT_LANGUAGE, translate, type MessageKey, type Params } from './messages';

export interface I18n {
  lang: Language;
  setLanguage: (lang: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
}

// The default lets components render German outside a provider (handy in tests).
export const I18nContext = createContext<I18n>({
  lang: DEFAULT_LANGUAGE,
  setLanguage: () => undefined,
  t: (key, params) => translate(DEFAULT_LANGUAGE, key, params),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
