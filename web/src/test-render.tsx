// Renders the whole app (header, page, footer) at a path, as the browser would.
import { render } from '@testing-library/react';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { SessionProvider } from './session/SessionProvider';

export function renderAppAt(path: string) {
  window.history.pushState(null, '', path);
  return render(
    <I18nProvider initial="de">
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>,
  );
}
