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

// A one-off message for the page navigated to ("Das Benutzerkonto … wurde angelegt."):
// kept until the next navigation, so re-renders show it and a reload does not.
let flash: { url: string; message: string } | null = null;

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    flash = null;
  });
}

/** The message handed to the current page by `navigate(…, { flash })`, or ''. */
export function useFlash(): string {
  const { path, search } = useLocation();
  return flash !== null && flash.url === path + search ? flash.message : '';
}

/** Goes to an in-app URL ("/anmelden", "/passwort-zuruecksetzen?token=…"). */
export function navigate(to: string, options: { replace?: boolean; flash?: string } = {}): void {
  flash = options.flash === undefined ? null : { url: to, message: options.flash };
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * A safe in-app return address from a `?ziel=` parameter: only paths on this site
 * ("/verwaltung"), never other origins ("//evil.example", "https://…").
 */
export function safeReturnPath(value: string | null): string | null {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  return value;
}
