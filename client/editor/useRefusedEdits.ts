import { useSyncExternalStore } from 'react';
import type { RefusedEdits } from './refusedEdits';

/** True once the relay refused one of this editor's updates. */
export function useRefusedEdits(refusals: RefusedEdits): boolean {
  return useSyncExternalStore(
    (listener) => refusals.subscribe(listener),
    () => refusals.refused,
  );
}
