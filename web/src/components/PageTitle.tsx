import { useEffect } from 'react';
import { useI18n } from '../i18n/context';

/**
 * The page's <h1>, also used as the document title. It can take focus
 * (tabIndex -1) so the app can move focus here after in-app navigation.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = children === appName ? appName : `${children} – ${appName}`;
  }, [children, appName]);
  return <h1 tabIndex={-1}>{children}</h1>;
}
