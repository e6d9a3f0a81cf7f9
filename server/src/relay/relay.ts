import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { SCHEMA_VERSION } from '../../../shared/schema/schemaVersion';
import type { Logger } from '../log';
import type { DocumentAccess } from '../../../shared/api/roles';
import type { DocumentStore } from '../storage/documentStore';
import { Connection, type ConnectionOwner } from './connection';
import { LiveConnections } from './liveConnections';
import type { LiveAccess } from './liveAccess';
import { MalformedFrameError, readClientFrame } from './frames';
import { RefusalBudget } from './refusalBudget';
import { Room, type RoomHooks, UpdateRefusedError } from './room';
import type { ClusterBus, ControlMessage } from './cluster/clusterBus';
import { ClusterLink } from './cluster/clusterLink';
import { LocalBus } from './cluster/localBus';
import { Compactions } from './compactions';
import { SummaryMirror } from './summaryMirror';
import { DerivedIndexMirror } from './derivedIndexMirror';
import type { SearchIndex } from '../search/searchIndex';
import type { MeasureIndex } from '../measures/measureIndex';
import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import type { AnnexLinkIndex } from '../annexes/annexLinkIndex';
import { SuggestionGuard } from './suggestionGuard';
import { DocumentEvents } from './documentEvents';
import type { MinutierEvent } from '../../../shared/protocol/minutierEvent';

export interface RelayOptions {
  store: DocumentStore;
  /** A user's current access to a document (for re-checks after rights change). */
  accessOf: (userId: string, documentId: string) => Promise<DocumentAccess>;
  logger: Logger;
  /** Compact a document's log once it holds this many updates. */
  compactAfterUpdates: number;
  /** Interval of the ping that drops dead sockets; 0 disables it. */
  heartbeatMs: number;
  /** The search index kept in step with edits, in the pauses of typing (Q4). */
  search?: SearchIndex;
  /** The measure index kept in step with edits, like search (X4). */
  measures?: MeasureIndex;
  /** The « À suivre » index kept in step with edits, like search (T1). */
  actionItems?: ActionItemIndex;
  /** Which comptes-rendus annex which, kept in step with edits like search (N7). */
  annexLinks?: AnnexLinkIndex;
  /** The other instances sharing the store (issue 18); alone by default. */
  bus?: ClusterBus;
}

/** How long a claim on derived work for one state of a document holds (C5). */
const CLAIM_MS = 60_000;

/**
 * The collaboration relay: y-websocket protocol over the sockets it is handed, one
 * Room per open document, loaded on first connection and unloaded after the last.
 */
export class Relay implements LiveAccess {
  private readonly live = new LiveConnections();
  private readonly rooms = new Map<string, Promise<Room | undefined>>();
  private readonly heartbeat: NodeJS.Timeout | undefined;
  private readonly summaries: SummaryMirror;
  /** The derived indexes this server keeps (search, measure citations, « À suivre », annex links). */
  private readonly indexes: DerivedIndexMirror;
  private readonly compactions: Compactions;
  private readonly events = new DocumentEvents();
  private readonly refusals = new RefusalBudget();
  private readonly bus: ClusterBus;
  private readonly cluster: ClusterLink;
  /** The rooms loaded, for what reaches them from the other instances. */
  private readonly loaded = new Map<string, Room>();
  private readonly roomHooks: RoomHooks;

  constructor(private readonly options: RelayOptions) {
    const { store, search, measures, actionItems, annexLinks, logger } = options;
    this.bus = options.bus ?? new LocalBus();
    this.cluster = new ClusterLink(this.bus, store, () => [...this.loaded.values()], logger);
    this.roomHooks = {
      stored: (room, update, seq) => {
        this.cluster.hooks.stored(room, update, seq);
        this.afterStore(room);
      },
      failed: (room, error) => this.onStorageFailure(room, error),
      presence: this.cluster.hooks.presence,
    };
    this.bus.onControl((message) => void this.apply(message));
    // Derived work for one state of a document is done by one instance (C5).
    const claim = (kind: string) => (room: Room) => this.bus.claim(`${kind}:${room.id}:${room.position.applied}`, CLAIM_MS);
    this.summaries = new SummaryMirror(store, logger, claim('summary'));
    this.indexes = new DerivedIndexMirror(store, { search, measures, actionItems, annexLinks }, logger, claim('indexes'));
    this.compactions = new Compactions(options.store, options.logger, options.compactAfterUpdates, (room) =>
      this.rooms.has(room.id),
    );
    if (options.heartbeatMs > 0) {
      this.heartbeat = setInterval(() => this.pingAll(), options.heartbeatMs);
      this.heartbeat.unref();
    }
  }

  /**
   * Takes over a freshly upgraded socket (and the TCP stream under it) for `documentId`,
   * with the rights the upgrade request was checked for. `schemaVersion` is what the
   * editor declared (`?schema=`); scripts that do not render the body declare none.
   */
  handleSocket(socket: WebSocket, stream: Duplex, documentId: string, grant: SocketGrant): void {
    const { logger } = this.options;
    if (!grant.owner) {
      logger.warn('relay.unauthenticated', { doc: documentId });
      socket.close(CloseCode.unauthenticated, 'authentication required');
      return;
    }
    if (grant.access === 'none') {
      // Same answer as for a missing document: no existence leak across collectives.
      logger.warn('relay.unknown_document', { doc: documentId, user: grant.owner.userId });
      socket.close(CloseCode.unknownDocument, 'unknown document');
      return;
    }
    const connection = new Connection(socket, stream, documentId, grant.owner, grant.access);
    if (this.refusals.exhausted(grant.owner.userId, documentId)) {
      logger.warn('relay.held_off', { doc: documentId, user: grant.owner.userId });
      connection.close(CloseCode.tooManyMessages, 'too many refused updates: try again later');
      return;
    }
    const { schemaVersion } = grant;
    if (schemaVersion !== undefined) {
      const declared = Number(schemaVersion);
      if (!Number.isInteger(declared) || declared < SCHEMA_VERSION) {
        logger.warn('relay.outdated_schema', { doc: documentId, declared: schemaVersion, current: SCHEMA_VERSION });
        connection.close(CloseCode.outdatedSchema, 'outdated schema: reload the editor');
        return;
      }
    }
    if (grant.events) socket.on('close', this.events.subscribe(connection));
    let room: Room | undefined;
    const early: RawData[] = [];

    const onFrame = (data: RawData, isBinary: boolean) => {
      if (connection.closed) return;
      if (!isBinary) return this.reject(connection, documentId, 'text frame');
      if (!room) return void early.push(data);
      const bytes = toBytes(data);
      try {
        room.receive(connection, readClientFrame(bytes));
      } catch (error) {
        connection.frameFailed(error);
      }
    };
    connection.frameFailed = (error) => {
      if (connection.closed) return;
      if (error instanceof MalformedFrameError || error instanceof UpdateRefusedError) {
        this.reject(connection, documentId, error.message);
        if (this.refusals.spend(connection.owner.userId, documentId)) this.holdOff(connection.owner.userId, documentId);
      } else if (room) {
        // A fault of ours, not of the frame: the room's state is in doubt, so it goes (R24).
        logger.error('relay.frame_failed', { doc: documentId, conn: connection.id, reason: String(error) });
        this.onStorageFailure(room, error);
      }
    };
    socket.on('message', onFrame);
    this.live.add(connection);
    socket.on('close', () => {
      connection.closed = true;
      this.live.delete(connection);
      if (room) this.leave(room, connection);
      logger.info('relay.disconnect', { doc: documentId, conn: connection.id });
    });
    socket.on('error', (error) => logger.warn('relay.socket_error', { doc: documentId, conn: connection.id, reason: error.message }));

    this.roomFor(documentId).then(
      (loaded) => {
        if (connection.closed) {
          if (loaded) this.unloadIfIdle(loaded);
          return;
        }
        if (!loaded) {
          logger.warn('relay.unknown_document', { doc: documentId, conn: connection.id });
          connection.close(CloseCode.unknownDocument, 'unknown document');
          return;
        }
        room = loaded;
        room.join(connection);
        if (connection.access === 'suggest') this.guardSuggestions(room);
        for (const data of early.splice(0)) onFrame(data, true);
        if (!connection.closed) room.greet(connection);
        logger.info('relay.connect', {
          doc: documentId,
          conn: connection.id,
          user: connection.owner.userId,
          access: connection.access,
          peers: room.connections.size,
        });
      },
      (error: unknown) => {
        logger.error('relay.load_failed', { doc: documentId, reason: String(error) });
        connection.close(CloseCode.storageFailure, 'storage unavailable');
      },
    );
  }

  /** Tells the opted-in connections of a document, on every instance, that something outside the CRDT changed. */
  notify(documentId: string, event: MinutierEvent): void {
    void this.everywhere({ kind: 'notify', documentId, event });
  }

  /** Closes, on every instance, the connections opened with a revoked credential (R19, C4). */
  closeCredential(kind: 'session' | 'token', id: string): void {
    void this.everywhere({ kind: 'closeCredential', credential: kind, id });
  }

  async recheckUser(userId: string): Promise<void> {
    await this.everywhere({ kind: 'recheckUser', userId });
  }

  /** Re-checks every connection of a document after its status or its collective's settings changed (R20, C4). */
  async recheckDocument(documentId: string): Promise<void> {
    await this.everywhere({ kind: 'recheckDocument', documentId });
  }

  /**
   * Runs `use` on the document, as a Y.Doc built from its stored state once everything
   * accepted so far is stored, loading it if nobody has it open. Changes `use` makes go
   * through the normal write path (stored, then broadcast to every connection).
   * Undefined for an unknown document.
   */
  async withDocument<T>(documentId: string, use: (doc: Y.Doc, room: Room) => T): Promise<{ result: T } | undefined> {
    const room = await this.roomFor(documentId);
    if (!room) return undefined;
    try {
      await room.settled();
      const doc = new Y.Doc({ gc: false });
      Y.applyUpdate(doc, room.state());
      const changes: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => changes.push(update));
      let result: T;
      try {
        result = use(doc, room);
      } finally {
        doc.destroy();
      }
      for (const update of changes) room.acceptServerUpdate(update);
      await room.settled();
      if (room.failed) throw new Error(`storage failed for ${documentId}`);
      return { result };
    } finally {
      this.unloadIfIdle(room);
    }
  }

  /**
   * Freezes or thaws a document (W4). Open connections are closed with 4503 so every
   * client reconnects and learns its new rights.
   */
  async setFrozen(documentId: string, frozen: boolean): Promise<void> {
    await this.everywhere({ kind: 'setFrozen', documentId, frozen });
  }

  closeDocument(documentId: string): void {
    void this.everywhere({ kind: 'closeDocument', documentId });
  }

  /** Does it here and tells the other instances to do it to their connections (C4). */
  private everywhere(message: ControlMessage): Promise<void> {
    this.bus.publishControl(message);
    return this.apply(message);
  }

  /** What a control message asks of this instance's connections and rooms. */
  private async apply(message: ControlMessage): Promise<void> {
    const onDocument = (documentId: string) => (connection: Connection) => connection.documentId === documentId;
    switch (message.kind) {
      case 'notify':
        this.events.publish(message.documentId, message.event);
        return;
      case 'closeCredential': {
        const { credential, id } = message;
        this.live.close(({ owner }) => owner.credential.kind === credential && owner.credential.id === id, CloseCode.unauthenticated, 'credential revoked');
        return;
      }
      case 'recheckUser':
        await this.live.recheck((connection) => connection.owner.userId === message.userId, this.options.accessOf);
        return;
      case 'recheckDocument':
        await this.live.recheck(onDocument(message.documentId), this.options.accessOf);
        return;
      case 'setFrozen': {
        const room = await this.rooms.get(message.documentId);
        if (room) room.frozen = message.frozen;
        this.live.close(onDocument(message.documentId), CloseCode.rightsChanged, message.frozen ? 'validated' : 'reopened');
        return;
      }
      case 'closeDocument':
        this.live.close(onDocument(message.documentId), CloseCode.unknownDocument, 'document deleted');
        return;
    }
  }

  /** Open rooms, their connections and the encoded state they hold: read for memory reports, changes nothing. */
  async memoryFigures(): Promise<{ rooms: number; connections: number; heldBytes: number }> {
    // A room whose loading failed is simply not counted.
    const loaded = await Promise.allSettled(this.rooms.values());
    const rooms = loaded.flatMap((result) => (result.status === 'fulfilled' && result.value ? [result.value] : []));
    const sum = (of: (room: Room) => number) => rooms.reduce((total, room) => total + of(room), 0);
    return { rooms: rooms.length, connections: sum((room) => room.connections.size), heldBytes: sum((room) => room.heldBytes) };
  }

  /** Closes every connection, waits for pending writes and compacts what was open. */
  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    const rooms = await Promise.all(this.rooms.values());
    for (const room of rooms) {
      if (!room) continue;
      for (const connection of room.connections) connection.close(CloseCode.goingAway, 'server shutting down');
      await room.settled();
      await this.summaries.flush(room);
      await this.indexes.flush(room);
      if (!room.failed && room.logSize > 0) await this.compactions.compactRoom(room);
    }
    this.summaries.stop();
    this.indexes.stop();
    this.compactions.stop();
    this.cluster.stop();
    this.rooms.clear();
    this.loaded.clear();
    await this.bus.close();
  }

  private roomFor(documentId: string): Promise<Room | undefined> {
    let loading = this.rooms.get(documentId);
    if (!loading) {
      const started = performance.now();
      this.cluster.opening(documentId);
      loading = Room.load(documentId, this.options.store, this.roomHooks, this.options.logger).then((room) => {
        if (room) {
          this.loaded.set(documentId, room);
          this.cluster.opened(room);
          this.options.logger.info('relay.room_loaded', {
            doc: documentId,
            ms: Math.round(performance.now() - started),
            log: room.logSize,
          });
        } else {
          this.forget(documentId);
        }
        return room;
      });
      loading.catch(() => this.forget(documentId));
      this.rooms.set(documentId, loading);
    }
    return loading;
  }

  private leave(room: Room, connection: Connection): void {
    room.leave(connection);
    // The guard's copy of the document costs memory: only rooms with a suggestion-only connection keep one.
    if (room.suggestionGuard && ![...room.connections].some((other) => other.access === 'suggest')) {
      room.suggestionGuard.destroy();
      room.suggestionGuard = undefined;
    }
    this.unloadIfIdle(room);
  }

  private guardSuggestions(room: Room): void {
    room.suggestionGuard ??= new SuggestionGuard(
      () => room.state(),
      (userId, refusal) => this.options.logger.warn('relay.suggestion_refused', { doc: room.id, user: userId, reason: refusal }),
    );
  }

  private unloadIfIdle(room: Room): void {
    if (room.connections.size > 0) return;
    void room.settled().then(async () => {
      if (!(await this.isIdle(room))) return;
      // Mirrored and compacted while still open: whoever opens the document meanwhile joins
      // this room, and whoever opens it later is served the compacted state as stored (R12).
      await this.summaries.flush(room);
      await this.indexes.flush(room);
      if (!room.failed && room.logSize > 0) await this.compactions.compactRoom(room);
      if (!(await this.isIdle(room))) return;
      this.forget(room.id);
      this.options.logger.info('relay.room_unloaded', { doc: room.id });
    });
  }

  /** The document has no room here any more: nothing from the other instances is kept for it. */
  private forget(documentId: string): void {
    this.rooms.delete(documentId);
    this.loaded.delete(documentId);
    this.cluster.closed(documentId);
  }

  /** Nobody is in the room, and it is still the one open for its document. */
  private async isIdle(room: Room): Promise<boolean> {
    if (room.connections.size > 0 || this.rooms.get(room.id) === undefined) return false;
    return (await this.rooms.get(room.id)) === room && room.connections.size === 0;
  }

  private afterStore(room: Room): void {
    this.summaries.schedule(room);
    this.indexes.schedule(room);
    this.compactions.afterStore(room);
  }

  /** A write chain that failed (storage, or a fault while checking or broadcasting) drops its room (R13, R24). */
  private onStorageFailure(room: Room, error: unknown): void {
    this.options.logger.error('relay.write_failure', { doc: room.id, reason: String(error) });
    room.failed = true;
    // Drop the in-memory state: clients keep their edits and resend them on reconnect.
    if (this.loaded.get(room.id) === room) this.forget(room.id);
    for (const connection of room.connections) connection.close(CloseCode.storageFailure, 'storage failure');
  }

  /** Closes every connection of a user who spent the refusal budget on a document (R6). */
  private holdOff(userId: string, documentId: string): void {
    this.options.logger.warn('relay.held_off', { doc: documentId, user: userId });
    this.live.close(
      (connection) => connection.owner.userId === userId && connection.documentId === documentId,
      CloseCode.tooManyMessages,
      'too many refused updates: try again later',
    );
  }

  /** Client garbage is the client's problem: one warning per connection, which it closes (R6). */
  private reject(connection: Connection, documentId: string, reason: string): void {
    this.options.logger.warn('relay.frame_refused', { doc: documentId, conn: connection.id, user: connection.owner.userId, reason });
    connection.close(CloseCode.malformedFrame, 'malformed frame');
  }

  private pingAll(): void {
    for (const loading of this.rooms.values()) {
      void loading.then((room) =>
        room?.connections.forEach((connection) => {
          if (connection.aheadOfSync.overdue()) this.reject(connection, room.id, 'updates ahead of a sync step 2 that never came');
          else connection.heartbeat();
        }),
      );
    }
  }
}

/** What the upgrade request was authenticated and authorised for. */
export interface SocketGrant {
  /** Undefined when no valid session or token came with the upgrade. */
  owner: ConnectionOwner | undefined;
  access: DocumentAccess;
  schemaVersion: string | undefined;
  /** The connection asked for Minutier events (`?events=1`). */
  events?: boolean;
}

/** ws hands over Buffers (or fragments); Yjs wants one Uint8Array. */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
