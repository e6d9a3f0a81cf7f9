import { useCallback, useState } from 'react';
import { useApiResource, type Resource } from './useApiResource';

/**
 * `useApiResource`, plus a way to change the loaded data in place after a write succeeds
 * (a row added, a role changed), so that the page neither reloads nor flashes « Chargement ».
 */
export function useEditableResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, (change: (data: T) => T) => void] {
  const loaded = useApiResource(key, load);
  // Edits are kept per loaded value: a new load (new key) starts from the server's answer.
  const [edited, setEdited] = useState<{ base: T; data: T } | null>(null);
  const base = loaded.status === 'ready' ? loaded.data : undefined;

  const update = useCallback(
    (change: (data: T) => T) => {
      if (base === undefined) return;
      setEdited((previous) => {
        const current = previous && previous.base === base ? previous.data : base;
        return { base, data: change(current) };
      });
    },
    [base],
  );

  if (loaded.status !== 'ready' || !edited || edited.base !== loaded.data) return [loaded, update];
  return [{ status: 'ready', data: edited.data }, update];
}
