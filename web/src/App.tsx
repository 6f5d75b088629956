import { useEffect, useRef } from 'react';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { MAIN_ID, SkipLink } from './components/SkipLink';
import { useLocation } from './router';
import { PageForPath } from './Routes';

/** The page frame: skip link, header with navigation, main content, footer. */
export function App() {
  const { path } = useLocation();
  const shownPath = useRef(path);

  // After in-app navigation, move focus to the new page's heading so screen-reader
  // and keyboard users start at the top of the new content. Not on first load.
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    document.querySelector<HTMLElement>(`#${MAIN_ID} h1`)?.focus();
  }, [path]);

  return (
    <>
      <SkipLink />
      <Header />
      <main id={MAIN_ID} className="main" tabIndex={-1}>
        <PageForPath path={path} />
      </main>
      <Footer />
    </>
  );
}
