import * as Y from 'yjs';
import type { DocumentStore } from '../storage/documentStore';
import { AwarenessStates } from './awarenessStates';
import { Connection } from './connection';
import { type ClientFrame, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './frames';
import { framedMessage } from './framedMessage';
import type { SuggestionGuard } from './suggestionGuard';
import { type UpdateShape, checkUpdate } from './checkUpdate';
import { applyAfterByteChecks, checkApplied, integrateUpdate, missingContent, modelRefusal } from './integrateUpdate';
import { FrameLine, LARGE_UPDATE_BYTES, nextTurn } from './frameLine';
import { LogPosition } from './logPosition';
import { RemotePresence } from './cluster/remotePresence';
import type { LogExtent } from '../storage/documentStore';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { openDocument } from './openDocument';
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

/** An update the room does not take (R23); the relay closes its connection with 4400. */
export class UpdateRefusedError extends Error {}

const settledPromise = Promise.resolve();

/** Merge the in-memory parts once this many updates have piled up. */
const MERGE_AFTER_PARTS = 200;

/**
 * An open document and the connections editing it.
 *
 * The room keeps no Y.Doc: only the document's encoded state, as the list of stored
 * updates (`parts`) it merges lazily, the way y-redis does. Sync step 2 is computed
 * from those parts with `Y.diffUpdate`, and since `parts` only ever holds stored
 * updates, no client can be sent content that is not durable yet (R3). Incoming
 * updates of one tick are appended in one write, then broadcast to every connection,
 * the sender included (R4).
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

  private parts: Uint8Array[];
  stateVector: Uint8Array | undefined;
  /**
   * The stored document plus what was accepted and is on its way to storage, against
   * which every incoming update is integrated before it is accepted (R23). Built on the
   * first write, not on open: a document only read costs no Y.Doc, and a cold open is
   * answered from the stored bytes (R3). Dropped after a late refusal and built again.
   */
  private doc: Y.Doc | undefined = undefined;
  /** Accepted updates not stored yet, in order: the document holds them, `parts` not yet. */
  private unstored: Uint8Array[] = [];
  /** Updates stored by this room so far: tells whether `parts` changed since a snapshot. */
  private storedUpdates = 0;
  /** A large update is applied to `doc` and not judged yet: the document is not the stored one (R28). */
  private judging = false;
  /** Other instances' updates stored while `judging`: the document takes them once judged. */
  private othersWhileJudging: Uint8Array[] = [];
  /** The room's frames in order: a large update is integrated over several turns, the others wait (R28). */
  private readonly line = new FrameLine((connection, frame) => this.handle(connection, frame));
  private outbox: Uint8Array[] = [];
  private flushScheduled = false;
  private writesInFlight = 0;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    readonly id: string,
    parts: Uint8Array[],
    initialLogSize: number,
    appliedSeq: number,
    initialFrozen: boolean,
    private readonly store: DocumentStore,
    private readonly hooks: RoomHooks,
  ) {
    this.parts = parts;
    this.logSize = initialLogSize;
    this.position = new LogPosition(appliedSeq);
    this.frozen = initialFrozen;
  }

  /**
   * Loads the stored state, its log folded in and what does not load set aside (R25,
   * R26); undefined if the id is unknown.
   */
  static async load(
    id: string,
    store: DocumentStore,
    hooks: RoomHooks,
    logger: Logger = createLogger('warn'),
  ): Promise<Room | undefined> {
    const record = await store.get(id);
    if (!record) return undefined;
    const frozen = record.status === 'validated';
    const opened = await openDocument(store, id, { frozen, logger });
    if (!opened) return undefined;
    const room = new Room(id, [opened.state], opened.logSize, opened.throughSeq, frozen, store, hooks);
    room.stateVector = opened.stateVector;
    return room;
  }

  /**
   * The whole stored document as one update. Encoding the room's own document, when it holds
   * exactly what is stored, costs a third to a half of merging the parts (measured on 1.3 MB).
   */
  state(): Uint8Array {
    if (this.parts.length !== 1) {
      const own = this.storedDocument();
      this.parts = [own ? Y.encodeStateAsUpdate(own) : this.parts.length === 0 ? Y.encodeStateAsUpdate(new Y.Doc()) : Y.mergeUpdates(this.parts)];
    }
    return this.parts[0]!;
  }

  /** Bytes of encoded state the room holds (stored parts and accepted updates on their way), for memory reports. */
  get heldBytes(): number {
    return [...this.parts, ...this.unstored].reduce((sum, part) => sum + part.byteLength, 0);
  }

  /**
   * The room's own document while it holds exactly what is stored: built by a write, nothing
   * on its way to storage, not failed. Work done in pauses of the typing (the mirrors,
   * compaction) reads it rather than building a copy from the stored bytes.
   */
  storedDocument(): Y.Doc | undefined {
    return this.doc && this.unstored.length === 0 && !this.judging && !this.failed ? this.doc : undefined;
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
    return { state: this.state(), stateVector: Y.encodeStateVector(doc), logged: extent.updates, storedUpdates: this.storedUpdates };
  }

  /**
   * The snapshot is now the stored state: its updates leave the log count, and a fresh
   * client gets that one encoded state rather than a merge of parts, unless more came since.
   */
  compactedTo(snapshot: RoomSnapshot): void {
    this.logSize = Math.max(0, this.logSize - snapshot.logged);
    if (this.storedUpdates !== snapshot.storedUpdates) return;
    this.parts = [snapshot.state];
    this.stateVector = snapshot.stateVector;
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
    this.stateVector ??= Y.encodeStateVectorFromUpdate(this.state());
    connection.send(encodeSyncStep1(this.stateVector));
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

  /** Other instances' stored updates, in order: into the state, the document and every client. */
  private takeOthers(updates: Uint8Array[]): void {
    for (const update of updates) {
      this.parts.push(update);
      this.storedUpdates++;
      this.stateVector = undefined;
      this.logSize++;
      if (this.doc && this.judging) this.othersWhileJudging.push(update);
      else if (this.doc) Y.applyUpdate(this.doc, update);
      this.suggestionGuard?.follow(update);
      this.broadcast(encodeUpdate(update));
    }
    this.foldParts();
  }

  /** Folds the small recent parts together, leaving the (possibly large) base alone. */
  private foldParts(): void {
    if (this.parts.length > MERGE_AFTER_PARTS) this.parts = [this.parts[0]!, Y.mergeUpdates(this.parts.slice(1))];
  }

  /**
   * Checks a client's update (R17, R21, R23, R27) and takes it on its way to storage; for a
   * large one, answers the steps that do so (R28).
   */
  private write(connection: Connection, frame: Extract<ClientFrame, { kind: 'syncStep2' | 'update' }>): Promise<void> | undefined {
    if (frame.shape.empty) return undefined;
    // Checked on every frame: a reader's edits never reach storage or anyone else (R17).
    if (connection.access === 'read' || this.frozen) {
      connection.refuseWrite();
      return undefined;
    }
    // What the bytes alone show is refused before anything is applied anywhere (R23).
    this.refuseIf(modelRefusal(frame.shape));
    const missing = missingContent(this.document(), frame.shape);
    if (missing && frame.kind === 'update' && connection.aheadOfSync.hold(frame)) return undefined;
    this.refuseIf(missing);
    // A suggestion-only member's update may change nothing but its own suggestions (R21).
    if (connection.access === 'suggest' && !this.admitsSuggestions(connection, frame.update)) {
      connection.refuseWrite('suggestions only: this edit is not accepted');
      return undefined;
    }
    if (frame.update.byteLength >= LARGE_UPDATE_BYTES) return this.integrateInSteps(connection, frame.update, frame.shape);
    try {
      this.integrate(frame.update, frame.shape);
    } catch (error) {
      // The guard's copy took what the room refused: it is built again from storage on its next check.
      if (connection.access === 'suggest') this.suggestionGuard?.destroy();
      throw error;
    }
    this.enqueue(frame.update);
    return undefined;
  }

  private admitsSuggestions(connection: Connection, update: Uint8Array): boolean {
    const { userId, signature } = connection.owner;
    if (!this.suggestionGuard) return false;
    return this.suggestionGuard.admits({ userId, author: signature.name, association: signature.association }, update);
  }

  /**
   * Handles a decoded frame from `connection`; throws for a malformed awareness update or a
   * refused update. While a large update integrates, the frame waits its turn (R28).
   */
  receive(connection: Connection, frame: ClientFrame): void {
    if (!this.line.receive(connection, frame)) throw new UpdateRefusedError('too much sent while a large update is integrated');
  }

  private handle(connection: Connection, frame: ClientFrame): Promise<void> | undefined {
    switch (frame.kind) {
      case 'syncStep1':
        connection.send(encodeSyncStep2(this.diffFor(frame.stateVector)));
        return undefined;
      case 'syncStep2': {
        // The answer to our step 1: what the client sent ahead of it can integrate now (R27), next in line.
        const ahead = connection.aheadOfSync.release();
        const steps = this.write(connection, frame);
        this.line.putFirst(connection, ahead);
        return steps;
      }
      case 'update':
        return this.write(connection, frame);
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

  /** Accepts an update made on the server (restore, for instance) through the same write path. */
  acceptServerUpdate(update: Uint8Array): void {
    this.integrate(update, checkUpdate(update));
    this.enqueue(update);
  }

  /**
   * Integrates an update into the room's document, or throws `UpdateRefusedError` and
   * leaves the document as it was: as stored, plus what was accepted and is being stored.
   */
  private integrate(update: Uint8Array, shape: UpdateShape): void {
    const refusal = integrateUpdate(this.document(), update, shape);
    if (!refusal) {
      this.unstored.push(update);
      return;
    }
    if (refusal.dirty) this.dropDocument();
    this.refuseIf(refusal.reason);
  }

  /**
   * Integrates a large update over three turns of the event loop (R28): the update is
   * applied in one, read against the schema in the next, while the room's line holds its
   * other frames.
   */
  private async integrateInSteps(connection: Connection, update: Uint8Array, shape: UpdateShape): Promise<void> {
    try {
      await nextTurn();
      const doc = this.document();
      const applied = applyAfterByteChecks(doc, update, shape);
      if ('reason' in applied) {
        if (applied.dirty) this.dropDocument();
        throw new UpdateRefusedError(applied.reason);
      }
      this.judging = true;
      await nextTurn();
      const refusal = checkApplied(doc, applied);
      this.judging = false;
      for (const update of this.othersWhileJudging.splice(0)) Y.applyUpdate(doc, update);
      if (refusal) {
        this.dropDocument();
        throw new UpdateRefusedError(refusal.reason);
      }
    } catch (error) {
      // The guard's copy took what the room refused: it is built again from storage on its next check.
      if (connection.access === 'suggest') this.suggestionGuard?.destroy();
      throw error;
    }
    this.unstored.push(update);
    this.enqueue(update);
  }

  private refuseIf(reason: string | undefined): void {
    if (reason) throw new UpdateRefusedError(reason);
  }

  /** The room's document, built from what is stored and what is on its way to storage. */
  private document(): Y.Doc {
    if (!this.doc) {
      const doc = newModelDoc();
      Y.applyUpdate(doc, this.state());
      for (const update of this.unstored) Y.applyUpdate(doc, update);
      this.doc = doc;
    }
    return this.doc;
  }

  /** After a late refusal the document holds what was refused: the next write builds it again. */
  private dropDocument(): void {
    this.doc?.destroy();
    this.doc = undefined;
  }

  /** Resolves once every update accepted so far is stored and broadcast. */
  async settled(): Promise<void> {
    while (this.line.busy || this.outbox.length > 0 || this.writesInFlight > 0) {
      await this.line.settled();
      if (this.flushScheduled) await Promise.resolve();
      await this.writes;
    }
  }

  private diffFor(clientStateVector: Uint8Array): Uint8Array {
    // A fresh client (empty state vector) needs everything: the stored state as is.
    if (clientStateVector.length === 1 && clientStateVector[0] === 0) return this.state();
    return Y.diffUpdate(this.state(), clientStateVector);
  }

  private enqueue(update: Uint8Array): void {
    if (this.failed) return;
    this.outbox.push(update);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Frames that arrive together (one socket read) share one write. A promise
    // reaction, not queueMicrotask, which wraps every callback in an AsyncResource.
    void settledPromise.then(() => this.flush()).catch((error: unknown) => this.fail(error));
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.outbox;
    this.outbox = [];
    if (batch.length === 0 || this.failed) return;
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    // Writes stay in order; with none in flight (the usual case) the append starts now.
    const stored = this.writesInFlight === 0 ? this.append(update) : this.writes.then(() => this.append(update));
    this.writesInFlight++;
    this.writes = stored.then(
      (seq) => {
        this.writesInFlight--;
        if (this.failed) return;
        this.parts.push(update);
        this.storedUpdates++;
        this.unstored.splice(0, batch.length);
        this.stateVector = undefined;
        this.logSize++;
        // Stored, but maybe not sent to everyone: whatever fails here fails the room (4500), not the process.
        try {
          this.broadcast(encodeUpdate(update));
          // Housekeeping after the broadcast, so it never delays a keystroke.
          this.suggestionGuard?.follow(update);
          // Another instance's updates stored before this one, if they were waiting for it.
          this.takeOthers(this.position.take(seq, null));
          this.foldParts();
          this.hooks.stored(this, update, seq);
        } catch (error) {
          this.fail(error);
        }
      },
      (error: unknown) => {
        this.writesInFlight--;
        this.fail(error);
      },
    );
  }

  /** Drops the room: its connections are closed (4500) and clients resend their edits on reconnection. */
  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.line.clear();
    this.hooks.failed(this, error);
  }

  /** A store that throws instead of rejecting fails the write all the same. */
  private append(update: Uint8Array): Promise<number> {
    try {
      return this.store.append(this.id, [update]);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private broadcast(frame: Uint8Array): void {
    const framed = framedMessage(frame);
    for (const connection of this.connections) connection.sendFramed(framed);
  }
}
