import type { ConnectionView } from './connectionState';

/** What the header says about this person's own edits. */
export interface SyncView {
  label: string;
  pending: boolean;
}

export interface SyncFacts {
  /** The server's copy of the document, or this device's, has arrived at least once. */
  loaded: boolean;
  /** Some local edit has not been confirmed by the server yet. */
  pending: boolean;
  /** Every local edit is on this device's disk (the local copy is on and no write is outstanding). */
  storedOnDevice?: boolean;
}

/**
 * « Synchronisé » only once the server acknowledged every local edit (issue 19); before
 * that, « Enregistré sur cet appareil » once the edit is in IndexedDB.
 */
export function describeSync({ loaded, pending, storedOnDevice = false }: SyncFacts): SyncView {
  if (pending) return { label: storedOnDevice ? 'Enregistré sur cet appareil' : 'Modifications en attente', pending: true };
  if (!loaded) return { label: 'Chargement…', pending: false };
  return { label: 'Synchronisé', pending: false };
}

export const OFFLINE_KEPT_LABEL = 'Hors ligne — vos modifications sont gardées sur cet appareil';

/** Offline with a local copy, the link state says that nothing typed is lost. */
export function withLocalCopy(connection: ConnectionView, keptOnDevice: boolean): ConnectionView {
  if (!keptOnDevice || connection.tone !== 'offline') return connection;
  return { ...connection, label: OFFLINE_KEPT_LABEL };
}
