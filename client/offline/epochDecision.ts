import type { MinutesStatus } from '../../shared/api/review';

/** What this browser knows of its copy of a document, before connecting with it. */
export interface LocalCopyRecord {
  /** The server's epoch when the copy was taken (the page opened online). */
  epoch: number;
  /** The copy holds edits the server never acknowledged (typed offline, or lost in flight). */
  unacknowledgedEdits: boolean;
}

/** What the server says of the document now (`GET /api/minutes/:id`). */
export type ServerAnswer = { kind: 'found'; epoch: number; status: MinutesStatus } | { kind: 'deleted' };

export type EpochDecision =
  /** Same epoch: the copy is bound to the document and its edits go through the relay's checks. */
  | { action: 'merge' }
  /** The copy is dropped; `explanation` is shown when something typed here is lost, else null. */
  | { action: 'discard'; explanation: string | null }
  /** Older epoch with edits: never connect with it; show what was typed offline, then drop it. */
  | { action: 'stale' };

export const VALIDATED_EXPLANATION =
  'Ce compte-rendu a été validé : les modifications gardées sur cet appareil n’ont pas été envoyées et ont été effacées.';
export const DELETED_EXPLANATION =
  'Ce compte-rendu a été supprimé : les modifications gardées sur cet appareil ont été effacées.';

/**
 * Whether a local copy may be merged (issue 19, « Never resurrect what the server removed »).
 * A validated or deleted document takes no more edits, so its copy goes. An epoch other than
 * the server's means the server rewrote the document since (a restored version): merging
 * the copy would bring back what the restore removed, so only the passages typed offline are
 * offered; a copy without such edits holds nothing the server lacks and goes silently.
 */
export function decideEpoch(local: LocalCopyRecord, server: ServerAnswer): EpochDecision {
  if (server.kind === 'deleted') {
    return { action: 'discard', explanation: local.unacknowledgedEdits ? DELETED_EXPLANATION : null };
  }
  if (server.status === 'validated') {
    return { action: 'discard', explanation: local.unacknowledgedEdits ? VALIDATED_EXPLANATION : null };
  }
  if (local.epoch === server.epoch) return { action: 'merge' };
  return local.unacknowledgedEdits ? { action: 'stale' } : { action: 'discard', explanation: null };
}

/** True when `local` holds an operation the acknowledged state vector does not cover. */
export function aheadOf(local: Map<number, number>, acknowledged: Map<number, number>): boolean {
  for (const [client, clock] of local) if (clock > (acknowledged.get(client) ?? 0)) return true;
  return false;
}
