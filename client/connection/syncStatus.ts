/** What the header says about this person's own edits. */
export interface SyncView {
  label: string;
  pending: boolean;
}

/**
 * `loaded`: the server's copy of the document has arrived at least once.
 * `pending`: some local edit has not been confirmed by the server yet.
 */
export function describeSync({ loaded, pending }: { loaded: boolean; pending: boolean }): SyncView {
  if (pending) return { label: 'Modifications en attente', pending: true };
  if (!loaded) return { label: 'Chargement…', pending: false };
  return { label: 'Synchronisé', pending: false };
}
