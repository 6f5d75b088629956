import type { Language } from '../api';
import { useI18n } from '../i18n/context';
import { LANGUAGES } from '../i18n/messages';

const NAME_KEYS = { de: 'lang.de', en: 'lang.en' } as const;

/** Two toggle buttons; the pressed one is the current language. */
export function LanguageSwitch() {
  const { lang, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((code: Language) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => setLanguage(code)}
        >
          {t(NAME_KEYS[code])}
        </button>
      ))}
    </div>
  );
}
