import type * as Y from 'yjs';
import { foldDocument } from '../relay/foldDocument';
import type { DocumentStore } from './documentStore';

export interface LoadedDoc {
  doc: Y.Doc;
  /** Updates still in the log (not yet compacted). */
  logSize: number;
}

/**
 * Rebuilds a document from its compacted state and log for a read (an export), in time
 * slices (R25), changing nothing stored (M2): an update that does not load throws
 * `UnloadableUpdateError` rather than being left out; opening the document in the
 * relay sets it aside (R26). Undefined for an unknown id.
 */
export async function loadYDoc(store: DocumentStore, id: string): Promise<LoadedDoc | undefined> {
  const folded = await foldDocument(store, id, { quarantine: false });
  return folded && { doc: folded.doc, logSize: folded.logSize };
}
