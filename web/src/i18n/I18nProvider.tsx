import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage, type Language } from '../api';
import { I18nContext, type I18n } from './context';
import { translate, type MessageKey, type Params } from './messages';
import { loadLanguage, saveLanguage } from './storage';

/** Applies a language to the document and to API calls. */
function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  // Applied during the first render already: children's effects (e.g. the first
  // /api/v1/me call) run before this component's effects.
  const [lang, setLang] = useState<Language>(() => {
    const first = initial ?? loadLanguage();
    applyLanguage(first);
    return first;
  });

  useEffect(() => applyLanguage(lang), [lang]);

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLang(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLanguage,
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
    }),
    [lang, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
