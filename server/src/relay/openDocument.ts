import * as Y from 'yjs';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { type FoldedDocument, foldDocument } from './foldDocument';

/** A rewrite refused because another one came first is retried, at most this many times. */
const ATTEMPTS = 3;

export interface OpenedDocument {
  /** The same as one update, and its state vector. */
  state: Uint8Array;
  stateVector: Uint8Array;
  /** Updates still in the log: none once it was folded. */
  logSize: number;
  /** The state holds the log up to this seq (C2). */
  throughSeq: number;
}

/**
 * Opens a stored document for the relay or the API: built in time slices (R25), its
 * log folded into its compacted state at once, so the next open is quick, and what
 * does not load set aside in quarantine and logged (R26). A validated document is
 * only read, never rewritten (W4): what does not load is then left out in memory.
 * Undefined for an unknown document.
 */
export async function openDocument(
  store: DocumentStore,
  id: string,
  options: { frozen: boolean; logger: Logger },
): Promise<OpenedDocument | undefined> {
  // A state this server checked, with nothing logged after it, is what it was: the room
  // builds its document on the first write, and a cold open is served from these bytes.
  const checked = await store.readState(id);
  if (!checked) return undefined;
  if (checked.checked && checked.state && checked.stateVector && (await store.pendingUpdates(id)) === 0) {
    return { state: checked.state, stateVector: checked.stateVector, logSize: 0, throughSeq: checked.throughSeq };
  }
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const folded = await foldDocument(store, id, { quarantine: true });
    if (!folded) return undefined;
    const { doc, stored } = folded;
    // An empty log read leaves the fold at 0: the state then holds what its floor says.
    const throughSeq = Math.max(folded.throughSeq, stored.throughSeq);
    const state = folded.logSize === 0 && stored.checked && stored.state ? stored.state : Y.encodeStateAsUpdate(doc);
    const stateVector = state === stored.state && stored.stateVector ? stored.stateVector : Y.encodeStateVector(doc);
    // The room builds its own document on the first write: an idle room holds only bytes.
    doc.destroy();
    if (state === stored.state) return { state, stateVector, logSize: 0, throughSeq };
    if (options.frozen) {
      report(options.logger, id, folded, false);
      return { state, stateVector, logSize: folded.logSize, throughSeq };
    }
    const { quarantined } = folded;
    if (await store.rewriteState(id, { version: stored.version, state, stateVector, throughSeq, quarantined })) {
      report(options.logger, id, folded, true);
      if (folded.logSize > 0) {
        options.logger.info('relay.log_folded', { doc: id, updates: folded.logSize, ms: Math.round(performance.now() - started) });
      }
      return { state, stateVector, logSize: 0, throughSeq };
    }
    if (attempt === ATTEMPTS) throw new Error(`document ${id} was rewritten during each of ${ATTEMPTS} opens`);
  }
}

function report(logger: Logger, id: string, folded: FoldedDocument, stored: boolean): void {
  const { quarantined } = folded;
  if (quarantined.length === 0) return;
  const fields = {
    doc: id,
    updates: quarantined.filter((update) => update.seq !== null).length,
    state: quarantined.some((update) => update.seq === null),
    reasons: [...new Set(quarantined.map((update) => update.reason))].join('; '),
  };
  // A validated document keeps its stored bytes (W4): what does not load is only left out in memory.
  if (stored) logger.warn('relay.quarantined', fields);
  else logger.warn('relay.unreadable_validated', fields);
}
