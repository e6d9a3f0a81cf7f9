import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** How often the review panel asks again: the calls are cheap, and others act meanwhile. */
export const POLL_INTERVAL_MS = 10_000;

export interface PolledResource<T> {
  data: T | undefined;
  /** The last failure, cleared by the next success; `data` keeps the last good answer. */
  error: Error | null;
  /** Loads now; resolves with the answer (undefined if it failed). */
  refresh(): Promise<T | undefined>;
}

/**
 * Loads `load()` on mount, then again every `intervalMs` while the page is visible and as
 * soon as it becomes visible again. A newer answer is never replaced by an older one that
 * arrives late. `load` is read at call time, so callers may pass an inline function.
 */
export function usePolledResource<T>(load: (signal: AbortSignal) => Promise<T>, intervalMs = POLL_INTERVAL_MS): PolledResource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: Error | null }>({ data: undefined, error: null });
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const controller = useRef(new AbortController());
  const started = useRef(0);
  const applied = useRef(0);

  const refresh = useCallback(async () => {
    const sequence = ++started.current;
    const { signal } = controller.current;
    try {
      const data = await loadRef.current(signal);
      if (!signal.aborted && sequence > applied.current) {
        applied.current = sequence;
        setState({ data, error: null });
      }
      return data;
    } catch (caught) {
      if (!signal.aborted && sequence > applied.current) {
        setState((previous) => ({ ...previous, error: caught instanceof Error ? caught : new Error(String(caught)) }));
      }
      return undefined;
    }
  }, []);

  useEffect(() => {
    controller.current = new AbortController();
    const refreshIfVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    void refresh();
    const timer = setInterval(refreshIfVisible, intervalMs);
    document.addEventListener('visibilitychange', refreshIfVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refreshIfVisible);
      controller.current.abort();
    };
  }, [refresh, intervalMs]);

  return { ...state, refresh };
}
