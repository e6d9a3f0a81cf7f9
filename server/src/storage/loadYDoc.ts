import * as Y from 'yjs';
import type { DocumentStore } from './documentStore';

export interface LoadedDoc {
  doc: Y.Doc;
  /** Updates still in the log (not yet compacted). */
  logSize: number;
}

/** Rebuilds a document from its compacted state and log; undefined for an unknown id. */
export async function loadYDoc(store: DocumentStore, id: string): Promise<LoadedDoc | undefined> {
  const stored = await store.load(id);
  if (!stored) return undefined;
  // gc off: deleted content stays addressable for version history (R14).
  const doc = new Y.Doc({ gc: false });
  doc.transact(() => {
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return { doc, logSize: stored.updates.length };
}
