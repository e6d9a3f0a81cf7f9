import * as Y from 'yjs';
import type { DocumentStore, LogExtent } from '../storage/documentStore';
import { AwarenessStates } from './awarenessStates';
import { Connection } from './connection';
import { type ClientFrame, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './frames';
import { framedMessage } from './framedMessage';
import type { SuggestionGuard } from './suggestionGuard';
import { checkUpdate } from './checkUpdate';
import { FrameLine } from './frameLine';
import { LogPosition } from './logPosition';
import { RemotePresence } from './cluster/remotePresence';
import { type OpenedDocument, openDocument } from './openDocument';
import { StoredParts } from './storedParts';
import { AcceptedDocument } from './acceptedDocument';
import { WriteChain } from './writeChain';
import { UpdateRefusedError } from './updateRefusedError';
import { UpdateAdmission } from './updateAdmission';
import { type Logger, createLogger } from '../log';

/** The room's document encoded whole, and what it covered then. */
export interface RoomSnapshot {
  state: Uint8Array;
  stateVector: Uint8Array;
  /** The logged updates it folds. */
  logged: number;
  storedUpdates: number;
}

/** What a room tells the relay. */
export interface RoomHooks {
  /** An update the room accepted is stored at `seq` and was broadcast (R3): other instances hear of it (C1). */
  stored(room: Room, update: Uint8Array, seq: number): void;
  /** Its write chain failed (R13, R24): the relay drops it. */
  failed(room: Room, error: unknown): void;
  /** Presence its connections changed (admitted, R22), for the other instances (C3). */
  presence?(room: Room, update: Uint8Array): void;
}

/**
 * An open document and the connections editing it.
 *
 * The room keeps the document's encoded state as stored (`parts`), from which sync step 2
 * is computed, so no client is sent content that is not durable yet (R3); its own Y.Doc
 * (`accepted`) is only built to check writes. Incoming updates of one tick are appended in
 * one write, then broadcast to every connection, the sender included (R4).
 */
export class Room {
  readonly connections = new Set<Connection>();
  readonly awareness = new AwarenessStates();
  /** Updates appended since the last compaction. */
  logSize: number;
  /** A validated document accepts no update from anyone (W4). */
  frozen: boolean;
  failed = false;
  /** Set by the relay while a suggestion-only connection is open (R21). */
  suggestionGuard: SuggestionGuard | undefined;
  /** Where the room stands in the document's log, which other instances append to too (C2). */
  readonly position: LogPosition;
  /** The presence of clients connected to other instances (C3). */
  readonly others = new RemotePresence();

  private readonly parts: StoredParts;
  private readonly accepted = new AcceptedDocument(() => this.state());
  /** The room's frames in order: a large update is integrated over several turns, the others wait (R28). */
  private readonly line = new FrameLine((connection, frame) => this.handle(connection, frame));
  private readonly writes: WriteChain;
  private readonly admission: UpdateAdmission;

  constructor(
    readonly id: string,
    opened: OpenedDocument,
    initialFrozen: boolean,
    store: DocumentStore,
    private readonly hooks: RoomHooks,
  ) {
    this.parts = new StoredParts(opened.state, opened.stateVector, () => this.storedDocument());
    this.logSize = opened.logSize;
    this.position = new LogPosition(opened.throughSeq);
    this.frozen = initialFrozen;
    this.writes = new WriteChain({
      failed: () => this.failed,
      append: (update) => store.append(id, [update]),
      stored: (update, count, seq) => this.stored(update, count, seq),
      fail: (error) => this.fail(error),
    });
    this.admission = new UpdateAdmission(this, this.accepted, this.writes);
  }

  /**
   * Loads the stored state, its log folded in and what does not load set aside (R25,
   * R26); undefined if the id is unknown.
   */
  static async load(id: string, store: DocumentStore, hooks: RoomHooks, logger: Logger = createLogger('warn')): Promise<Room | undefined> {
    const record = await store.get(id);
    if (!record) return undefined;
    const frozen = record.status === 'validated';
    const opened = await openDocument(store, id, { frozen, logger });
    if (!opened) return undefined;
    return new Room(id, opened, frozen, store, hooks);
  }

  /** The whole stored document as one update. */
  state(): Uint8Array {
    return this.parts.state();
  }

  /** Bytes of encoded state the room holds (stored parts and accepted updates on their way), for memory reports. */
  get heldBytes(): number {
    return this.parts.bytes + this.accepted.unstoredBytes;
  }

  /**
   * The room's own document while it holds exactly what is stored: built by a write, nothing
   * on its way to storage, not failed. Work done in pauses of the typing (the mirrors,
   * compaction) reads it rather than building a copy from the stored bytes.
   */
  storedDocument(): Y.Doc | undefined {
    return this.failed ? undefined : this.accepted.storedDocument();
  }

  /**
   * The stored document encoded as one state, when the room's document holds it: the store's
   * log (`extent`) ends where the room stands, with nothing stored past a gap (R12, C2);
   * undefined otherwise.
   */
  snapshot(extent: LogExtent): RoomSnapshot | undefined {
    const doc = this.storedDocument();
    if (!doc || this.position.hasGap || extent.lastSeq !== this.position.applied) return undefined;
    // `state()` is that document encoded, or the one part already encoded for a mirror or a fresh client.
    return { state: this.state(), stateVector: Y.encodeStateVector(doc), logged: extent.updates, storedUpdates: this.parts.count };
  }

  /**
   * The snapshot is now the stored state: its updates leave the log count, and a fresh
   * client gets that one encoded state rather than a merge of parts, unless more came since.
   */
  compactedTo(snapshot: RoomSnapshot): void {
    this.logSize = Math.max(0, this.logSize - snapshot.logged);
    if (this.parts.count !== snapshot.storedUpdates) return;
    this.parts.replace(snapshot.state, snapshot.stateVector);
  }

  /** Adds a connection and tells it who else is here. */
  join(connection: Connection): void {
    this.connections.add(connection);
    if (this.awareness.size > 0) connection.send(encodeAwareness(this.awareness.encodeAll()));
    const remote = this.others.encodeAll();
    if (remote) connection.send(encodeAwareness(remote));
  }

  /**
   * Sends the server's sync step 1 (its state vector), so the client sends back what
   * the server lacks. Called after the client's own step 1 is answered: a cold open
   * should not wait for a state vector to be computed.
   */
  greet(connection: Connection): void {
    connection.send(encodeSyncStep1(this.parts.stateVector()));
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const gone = this.awareness.release(connection.awarenessClients);
    if (!gone) return;
    this.broadcast(encodeAwareness(gone));
    this.hooks.presence?.(this, gone);
  }

  /**
   * An update another instance stored at `seq` and announced (C1): taken in seq order, as
   * stored, since that instance checked it (R23); past a gap it waits for the rest (C2).
   */
  receiveStored(seq: number, update: Uint8Array): void {
    if (this.failed) return;
    this.takeOthers(this.position.take(seq, update));
  }

  /**
   * The stored state, which holds the log through `throughSeq`: read when the room fell
   * behind a compaction another instance made (C2). What it lacks of it reaches its clients.
   */
  receiveStoredState(state: Uint8Array, throughSeq: number): void {
    if (this.failed || throughSeq <= this.position.applied) return;
    const missing = Y.diffUpdate(state, Y.encodeStateVectorFromUpdate(this.state()));
    this.takeOthers([missing, ...this.position.skipTo(throughSeq)]);
  }

  /** Presence another instance admitted (C3), shown to this room's clients. */
  receivePresence(instance: string, update: Uint8Array): void {
    this.others.take(instance, update);
    this.broadcast(encodeAwareness(update));
  }

  /** Another instance is gone: its clients' presence is removed here (C3). */
  forgetInstance(instance: string): void {
    const gone = this.others.forget(instance);
    if (gone) this.broadcast(encodeAwareness(gone));
  }

  /**
   * Handles a decoded frame from `connection`; throws for a malformed awareness update or a
   * refused update. While a large update integrates, the frame waits its turn (R28).
   */
  receive(connection: Connection, frame: ClientFrame): void {
    if (!this.line.receive(connection, frame)) throw new UpdateRefusedError('too much sent while a large update is integrated');
  }

  /** Accepts an update made on the server (restore, for instance) through the same write path. */
  acceptServerUpdate(update: Uint8Array): void {
    this.accepted.integrate(update, checkUpdate(update));
    this.writes.enqueue(update);
  }

  /** Resolves once every update accepted so far is stored and broadcast. */
  async settled(): Promise<void> {
    while (this.line.busy || this.writes.pending) {
      await this.line.settled();
      await this.writes.settled();
    }
  }

  private handle(connection: Connection, frame: ClientFrame): Promise<void> | undefined {
    switch (frame.kind) {
      case 'syncStep1':
        connection.send(encodeSyncStep2(this.parts.diffFor(frame.stateVector)));
        return undefined;
      case 'syncStep2': {
        // The answer to our step 1: what the client sent ahead of it can integrate now (R27), next in line.
        const ahead = connection.aheadOfSync.release();
        const steps = this.admission.write(connection, frame);
        this.line.putFirst(connection, ahead);
        return steps;
      }
      case 'update':
        return this.admission.write(connection, frame);
      case 'awareness': {
        // Only the connection's own presence, within its bounds and rate, signed with its
        // account, and only that part is forwarded: never the raw frame (R22).
        const entries = this.awareness.admit(connection.awarenessClients, frame.update, connection.owner.signature);
        if (entries.length === 0 || !connection.admitPresence()) return undefined;
        const accepted = this.awareness.apply(connection.awarenessClients, entries);
        this.broadcast(encodeAwareness(accepted));
        this.hooks.presence?.(this, accepted);
        return undefined;
      }
      case 'queryAwareness':
        // The answer can be large: queries share the presence rate (R22).
        if (connection.admitPresence()) connection.send(encodeAwareness(this.awareness.encodeAll()));
        return undefined;
      case 'ignored':
        return undefined;
    }
  }

  /** An update this room accepted, merged from the first `count` on their way, is stored at `seq`. */
  private stored(update: Uint8Array, count: number, seq: number): void {
    this.parts.add(update);
    this.accepted.stored(count);
    this.logSize++;
    // Stored, but maybe not sent to everyone: whatever fails here fails the room (4500), not the process.
    try {
      this.broadcast(encodeUpdate(update));
      // Housekeeping after the broadcast, so it never delays a keystroke.
      this.suggestionGuard?.follow(update);
      // Another instance's updates stored before this one, if they were waiting for it.
      this.takeOthers(this.position.take(seq, null));
      this.parts.fold();
      this.hooks.stored(this, update, seq);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Other instances' stored updates, in order: into the state, the document and every client. */
  private takeOthers(updates: Uint8Array[]): void {
    for (const update of updates) {
      this.parts.add(update);
      this.logSize++;
      this.accepted.takeOthers(update);
      this.suggestionGuard?.follow(update);
      this.broadcast(encodeUpdate(update));
    }
    this.parts.fold();
  }

  /** Drops the room: its connections are closed (4500) and clients resend their edits on reconnection. */
  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.line.clear();
    this.hooks.failed(this, error);
  }

  private broadcast(frame: Uint8Array): void {
    const framed = framedMessage(frame);
    for (const connection of this.connections) connection.sendFramed(framed);
  }
}
