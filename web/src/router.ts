// Minimal client-side routing on the History API. The server answers every
// non-/api path with index.html, so deep links and reloads work.
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'fachwerk:navigate';

export interface Location {
  path: string;
  search: string;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// Snapshots must be stable between renders, so the pieces are read separately.
const getPath = () => window.location.pathname;
const getSearch = () => window.location.search;

export function useLocation(): Location {
  const path = useSyncExternalStore(subscribe, getPath);
  const search = useSyncExternalStore(subscribe, getSearch);
  return { path, search };
}

/** Goes to an in-app URL ("/anmelden", "/passwort-zuruecksetzen?token=…"). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
