import { useEffect, useRef, useSyncExternalStore } from 'react';

/*
 * Whether the app works offline right now (issue 19): the browser says it has no network, or
 * a request failed to reach the server and a local copy answered instead. Wi-Fi that is
 * connected but leads nowhere leaves `navigator.onLine` true, hence the second case, which
 * ends when the server answers `/healthz` again.
 */

/** How often the server is tried again once it could not be reached. */
const PROBE_INTERVAL_MS = 10_000;

let serverUnreachable = false;
let probe: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export function isOffline(): boolean {
  return serverUnreachable || browserOffline();
}

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** A request could not reach the server: the app is offline until `/healthz` answers. */
export function markServerUnreachable(): void {
  if (serverUnreachable) return;
  serverUnreachable = true;
  probe = setInterval(() => void tryServer(), PROBE_INTERVAL_MS);
  notify();
}

function markServerReachable(): void {
  if (!serverUnreachable) return;
  serverUnreachable = false;
  if (probe) clearInterval(probe);
  probe = null;
  notify();
}

/** Asks the server whether it is back; the app is online again as soon as it answers. */
export async function tryServer(): Promise<void> {
  if (browserOffline()) return;
  try {
    // Not intercepted by the service worker (not a page, not precached): this is the server.
    const response = await fetch('/healthz', { cache: 'no-store' });
    if (response.ok) markServerReachable();
  } catch {
    // Still unreachable: the next probe tries again.
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', notify);
  window.addEventListener('online', () => {
    notify();
    if (serverUnreachable) void tryServer();
  });
}

export function useOffline(): boolean {
  return useSyncExternalStore(subscribeOffline, isOffline, isOffline);
}

/** Calls `callback` each time the app comes back online, to read again what it served from a copy. */
export function useWhenBackOnline(callback: () => void): void {
  const offline = useOffline();
  const wasOffline = useRef(offline);
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    if (wasOffline.current && !offline) latest.current();
    wasOffline.current = offline;
  }, [offline]);
}
