import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/context';

export const MAIN_ID = 'inhalt';

/** First focusable element of every page; moves focus to the main content. */
export function SkipLink() {
  const { t } = useI18n();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (main === null) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={handleClick}>
      {t('skip.toMain')}
    </a>
  );
}
