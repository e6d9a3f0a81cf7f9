import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { SyncType } from '../../shared/protocol/messages';
import { PendingDeletions } from './pendingDeletions';

/**
 * Knows whether this client's own edits have all reached the server.
 *
 * The relay echoes every update it accepted back to its sender (including what a client's
 * sync step 2 carried) and opens each connection with its own sync step 1. So the server has
 * our edits up to the highest clock of ours seen in an incoming update or state vector, and
 * an edit is pending while our own clock is ahead of that. Deletions do not move the clock;
 * `PendingDeletions` covers them.
 */
export class SyncTracker {
  /** Per client id: Yjs may give the document a new client id after a conflict, and a local copy brings earlier ones. */
  private readonly acknowledgedClocks = new Map<number, number>();
  /**
   * Clocks the server must reach before nothing is pending: a local copy's edits made under
   * earlier client ids (typed offline before a reload), which this session did not make.
   */
  private readonly awaitedClocks = new Map<number, number>();
  private readonly pendingDeletions = new PendingDeletions();
  private readonly listeners = new Set<() => void>();
  private lastPending = false;

  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.handleTransaction);
  }

  /** True while some local edit has not been confirmed by the server. */
  get pending(): boolean {
    const clientId = this.doc.clientID;
    const localClock = Y.getState(this.doc.store, clientId);
    if (localClock > (this.acknowledgedClocks.get(clientId) ?? 0) || !this.pendingDeletions.isEmpty) return true;
    for (const [client, clock] of this.awaitedClocks) if (clock > (this.acknowledgedClocks.get(client) ?? 0)) return true;
    return false;
  }

  /**
   * Counts everything in `stateVector` (a local copy just loaded from this device) as pending
   * until the server's state vector or echoes cover it.
   */
  awaitServerState(stateVector: Map<number, number>): void {
    for (const [client, clock] of stateVector) {
      if (clock > (this.awaitedClocks.get(client) ?? 0)) this.awaitedClocks.set(client, clock);
    }
    this.notifyIfChanged();
  }

  /**
   * Reads a sync frame received from the server, starting right after the message type
   * (at the sync type). Unreadable frames are ignored: the provider reports those itself.
   */
  observeIncomingSync(payload: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(payload);
      const syncType = decoding.readVarUint(decoder);
      const body = decoding.readVarUint8Array(decoder);
      if (syncType === SyncType.step1) this.acknowledgeStateVector(Y.decodeStateVector(body));
      else if (syncType === SyncType.step2 || syncType === SyncType.update) this.acknowledgeUpdate(body);
    } catch {
      return;
    }
    this.notifyIfChanged();
  }

  /** Calls `listener` whenever `pending` flips. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.handleTransaction);
    this.listeners.clear();
  }

  private acknowledgeStateVector(stateVector: Map<number, number>): void {
    for (const [client, clock] of stateVector) this.acknowledgeClock(client, clock);
  }

  private acknowledgeUpdate(update: Uint8Array): void {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) this.acknowledgeClock(client, clock);
    // Decoding the whole update is only worth it when a deletion is waiting for confirmation.
    if (!this.pendingDeletions.isEmpty) this.pendingDeletions.acknowledge(Y.decodeUpdate(update).ds);
  }

  private acknowledgeClock(client: number, clock: number): void {
    if (clock > (this.acknowledgedClocks.get(client) ?? 0)) this.acknowledgedClocks.set(client, clock);
  }

  private readonly handleTransaction = (transaction: Y.Transaction): void => {
    // Remote transactions (applied by the provider) are not ours to confirm.
    if (!transaction.local) return;
    this.pendingDeletions.add(transaction.deleteSet);
    this.notifyIfChanged();
  };

  private notifyIfChanged(): void {
    const pending = this.pending;
    if (pending === this.lastPending) return;
    this.lastPending = pending;
    for (const listener of this.listeners) listener();
  }
}
