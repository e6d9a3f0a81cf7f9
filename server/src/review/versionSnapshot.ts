import * as Y from 'yjs';

/** Captures the document as it is now (cheap: a state vector and a delete set). */
export const takeSnapshot = (doc: Y.Doc): Uint8Array => Y.encodeSnapshot(Y.snapshot(doc));

/**
 * The document as it was at a snapshot, as a separate Y.Doc. Works because documents
 * are kept with gc off (R14): deleted content is still there to be shown again.
 */
export const docAtSnapshot = (doc: Y.Doc, snapshot: Uint8Array): Y.Doc =>
  Y.createDocFromSnapshot(doc, Y.decodeSnapshot(snapshot));
