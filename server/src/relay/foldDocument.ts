import * as Y from 'yjs';
import { newModelDoc } from '../../../shared/model/modelRoots';
import type { DocumentStore, QuarantinedUpdate, StoredState } from '../storage/documentStore';
import { integrateUpdate } from './integrateUpdate';
import { salvageState } from './salvageState';
import { TimeSlices } from './timeSlices';

/** Logged updates read per query: a few milliseconds of SQLite each. */
const LOG_PAGE = 500;
/** A fold that a concurrent rewrite tore is done again, at most this many times. */
const ATTEMPTS = 3;

/** A stored update that does not load, met where nothing may be set aside (a compaction). */
export class UnloadableUpdateError extends Error {}

export interface FoldedDocument {
  /** The compacted state and every logged update, less what does not load. */
  doc: Y.Doc;
  /** The compacted state it was built from. */
  stored: StoredState;
  /** Seq of the last logged update it holds; 0 if the log was empty. */
  throughSeq: number;
  /** How many logged updates were read. */
  logSize: number;
  /** What did not load, in order; empty unless `quarantine` was asked. */
  quarantined: QuarantinedUpdate[];
}

type SetAside = (seq: number | null, data: Uint8Array, reason: string) => void;

/**
 * Builds a document from its compacted state and its log, integrating each logged
 * update as the relay integrates an incoming one (R23), in time slices, so that a long
 * log never holds the event loop (R25). With `quarantine`, what does not load is set
 * aside (R26); otherwise it fails the fold. Undefined for an unknown document.
 */
export async function foldDocument(
  store: DocumentStore,
  id: string,
  options: { quarantine: boolean },
): Promise<FoldedDocument | undefined> {
  for (let attempt = 1; ; attempt++) {
    const folded = await foldOnce(store, id, options);
    if (!folded || folded.logSize === 0) return folded;
    // Read in pages: a rewrite in between (a compaction) may have dropped pages unread.
    if ((await store.readState(id))?.version === folded.stored.version) return folded;
    folded.doc.destroy();
    if (attempt === ATTEMPTS) throw new Error(`document ${id} was rewritten during each of ${ATTEMPTS} reads`);
  }
}

async function foldOnce(store: DocumentStore, id: string, options: { quarantine: boolean }): Promise<FoldedDocument | undefined> {
  const stored = await store.readState(id);
  if (!stored) return undefined;
  const quarantined: QuarantinedUpdate[] = [];
  const setAside: SetAside = (seq, data, reason) => {
    if (!options.quarantine) throw new UnloadableUpdateError(`${seq === null ? 'the compacted state' : `logged update ${seq}`}: ${reason}`);
    quarantined.push({ seq, data, reason });
  };
  const slices = new TimeSlices();
  let { doc, base } = openState(stored, setAside);
  // Accepted since `base`: what a refused update that changed the document is undone with.
  let accepted: Uint8Array[] = [];
  let throughSeq = 0;
  let logSize = 0;
  for (;;) {
    const page = await store.readLog(id, throughSeq, LOG_PAGE);
    for (const { seq, data } of page) {
      const refusal = integrateUpdate(doc, data, undefined, 'as stored');
      if (!refusal) accepted.push(data);
      else {
        setAside(seq, data, refusal.reason);
        if (refusal.dirty) {
          doc.destroy();
          doc = await rebuild(base, accepted, slices);
          base = Y.encodeStateAsUpdate(doc);
          accepted = [];
        }
      }
      throughSeq = seq;
      logSize++;
      await slices.pause();
    }
    if (page.length < LOG_PAGE) return { doc, stored, throughSeq, logSize, quarantined };
  }
}

/** The document of the compacted state: applied as is once checked, else checked now (R26). */
function openState(stored: StoredState, setAside: SetAside): { doc: Y.Doc; base: Uint8Array | null } {
  const doc = newModelDoc();
  if (!stored.state) return { doc, base: null };
  if (stored.checked) {
    Y.applyUpdate(doc, stored.state);
    return { doc, base: stored.state };
  }
  const refusal = integrateUpdate(doc, stored.state, undefined, 'as stored');
  if (!refusal) return { doc, base: stored.state };
  setAside(null, stored.state, refusal.reason);
  doc.destroy();
  const salvaged = salvageState(stored.state);
  return { doc: salvaged, base: Y.encodeStateAsUpdate(salvaged) };
}

async function rebuild(base: Uint8Array | null, accepted: Uint8Array[], slices: TimeSlices): Promise<Y.Doc> {
  const doc = newModelDoc();
  if (base) Y.applyUpdate(doc, base);
  for (const update of accepted) {
    Y.applyUpdate(doc, update);
    await slices.pause();
  }
  return doc;
}
