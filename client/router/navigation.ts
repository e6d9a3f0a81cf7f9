import { useSyncExternalStore } from 'react';

/**
 * A tiny history-API router: the path lives in `location`, `navigate` pushes a new entry
 * and tells subscribers, and the back/forward buttons arrive as `popstate`.
 */
const NAVIGATE_EVENT = 'minutier:navigate';

/**
 * Goes to `path` (which may carry a query string). `replace` swaps the current entry, for
 * redirects: Back must not return to a page that only redirects again.
 */
export function navigate(path: string, { replace = false } = {}): void {
  if (path === currentPath()) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  // A new page starts at its top, as it would after a full load.
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The path and query string of the page being shown, e.g. `/connexion?retour=%2Fmembres`. */
export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The query string of the page, re-read when the page changes. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}
