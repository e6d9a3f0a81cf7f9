import { useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; data: T };

/**
 * Loads `load()` whenever `key` changes, cancelling the previous request. `load` is read at
 * the time `key` changes only, so callers may pass an inline function.
 */
export function useApiResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [resource, setResource] = useState<{ key: string; value: Resource<T> }>({
    key,
    value: { status: 'loading' },
  });

  useEffect(() => {
    const controller = new AbortController();
    setResource({ key, value: { status: 'loading' } });
    load(controller.signal).then(
      (data) => setResource({ key, value: { status: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const value = error instanceof Error ? error : new Error(String(error));
        setResource({ key, value: { status: 'error', error: value } });
      },
    );
    return () => controller.abort();
    // `load` is deliberately not a dependency: see the doc comment.
  }, [key]);

  // A result that belongs to a previous key must not flash while the new one loads.
  return resource.key === key ? resource.value : { status: 'loading' };
}
