import * as Y from 'yjs';
import type { DocumentStore } from './documentStore';

/** Rebuilds the Y.Doc from what is stored; an update that does not apply is left out, as the relay would. */
export function storedDoc(stored: NonNullable<Awaited<ReturnType<DocumentStore['load']>>>): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const update of [stored.state, ...stored.updates]) {
    if (!update) continue;
    try {
      Y.applyUpdate(doc, update);
    } catch {
      // The relay sets such an update aside when the document is next opened (R26).
    }
  }
  return doc;
}
