import { useSyncExternalStore } from 'react';

/**
 * A tiny history-API router: the path lives in `location`, `navigate` pushes a new entry
 * and tells subscribers, and the back/forward buttons arrive as `popstate`.
 */
const NAVIGATE_EVENT = 'minutier:navigate';

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  // A new page starts at its top, as it would after a full load.
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
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
