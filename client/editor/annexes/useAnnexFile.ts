import { useEffect, useSyncExternalStore } from 'react';
import type { AnnexFile } from './annexesApi';
import { annexFilesStore } from './annexFilesStore';

export type AnnexFileState =
  | { state: 'loading' }
  | { state: 'known'; file: AnnexFile }
  /** The server does not hold it (any more), or the list could not be read. */
  | { state: 'unavailable'; message: string };

/** The attached file `annexId` of compte-rendu `documentId`, as the server lists it. */
export function useAnnexFile(documentId: string, annexId: string): AnnexFileState {
  const store = annexFilesStore(documentId);
  const { files, missing, error } = useSyncExternalStore(store.subscribe, store.current);
  useEffect(() => {
    if (annexId) store.want(annexId);
  }, [store, annexId, files]);
  const file = files?.get(annexId);
  if (file) return { state: 'known', file };
  if (error) return { state: 'unavailable', message: error };
  if (!annexId || missing.has(annexId)) return { state: 'unavailable', message: 'Fichier introuvable sur le serveur.' };
  return { state: 'loading' };
}
