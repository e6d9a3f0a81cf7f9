import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import type { Logger } from '../log';
import type { DocumentAccess } from '../../../shared/api/roles';
import type { DocumentStore } from '../storage/documentStore';
import type { Connection } from './connection';
import { LiveConnections } from './liveConnections';
import type { LiveAccess } from './liveAccess';
import { MalformedFrameError, readClientFrame } from './frames';
import { RefusalBudget } from './refusalBudget';
import type { Room } from './room';
import { UpdateRefusedError } from './updateRefusedError';
import type { ClusterBus } from './cluster/clusterBus';
import { ControlMessages } from './cluster/controlMessages';
import { LocalBus } from './cluster/localBus';
import { OpenRooms } from './openRooms';
import { type SocketGrant, admitSocket } from './socketAdmission';
import type { SearchIndex } from '../search/searchIndex';
import type { MeasureIndex } from '../measures/measureIndex';
import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import type { AnnexLinkIndex } from '../annexes/annexLinkIndex';
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

/**
 * The collaboration relay: y-websocket protocol over the sockets it is handed, one
 * Room per open document, loaded on first connection and unloaded after the last.
 */
export class Relay implements LiveAccess {
  private readonly live = new LiveConnections();
  private readonly rooms: OpenRooms;
  private readonly heartbeat: NodeJS.Timeout | undefined;
  private readonly events = new DocumentEvents();
  private readonly refusals = new RefusalBudget();
  private readonly bus: ClusterBus;
  private readonly control: ControlMessages;

  constructor(private readonly options: RelayOptions) {
    this.bus = options.bus ?? new LocalBus();
    this.rooms = new OpenRooms({ ...options, bus: this.bus });
    this.control = new ControlMessages(this.bus, { live: this.live, events: this.events, rooms: this.rooms, accessOf: options.accessOf });
    if (options.heartbeatMs > 0) {
      this.heartbeat = setInterval(() => this.pingAll(), options.heartbeatMs);
      this.heartbeat.unref();
    }
  }

  /**
   * Takes over a freshly upgraded socket (and the TCP stream under it) for `documentId`,
   * with the rights the upgrade request was checked for.
   */
  handleSocket(socket: WebSocket, stream: Duplex, documentId: string, grant: SocketGrant): void {
    const { logger } = this.options;
    const connection = admitSocket(socket, stream, documentId, grant, this.refusals, logger);
    if (!connection) return;
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
        this.rooms.fail(room, error);
      }
    };
    socket.on('message', onFrame);
    this.live.add(connection);
    socket.on('close', () => {
      connection.closed = true;
      this.live.delete(connection);
      if (room) this.rooms.leave(room, connection);
      logger.info('relay.disconnect', { doc: documentId, conn: connection.id });
    });
    socket.on('error', (error) => logger.warn('relay.socket_error', { doc: documentId, conn: connection.id, reason: error.message }));

    this.rooms.roomFor(documentId).then(
      (loaded) => {
        if (connection.closed) {
          if (loaded) this.rooms.unloadIfIdle(loaded);
          return;
        }
        if (!loaded) {
          logger.warn('relay.unknown_document', { doc: documentId, conn: connection.id });
          connection.close(CloseCode.unknownDocument, 'unknown document');
          return;
        }
        room = loaded;
        this.rooms.join(room, connection);
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
    void this.control.everywhere({ kind: 'notify', documentId, event });
  }

  /** Closes, on every instance, the connections opened with a revoked credential (R19, C4). */
  closeCredential(kind: 'session' | 'token', id: string): void {
    void this.control.everywhere({ kind: 'closeCredential', credential: kind, id });
  }

  async recheckUser(userId: string): Promise<void> {
    await this.control.everywhere({ kind: 'recheckUser', userId });
  }

  /** Re-checks every connection of a document after its status or its collective's settings changed (R20, C4). */
  async recheckDocument(documentId: string): Promise<void> {
    await this.control.everywhere({ kind: 'recheckDocument', documentId });
  }

  /**
   * Runs `use` on the document, as a Y.Doc built from its stored state once everything
   * accepted so far is stored, loading it if nobody has it open. Changes `use` makes go
   * through the normal write path (stored, then broadcast to every connection).
   * Undefined for an unknown document.
   */
  async withDocument<T>(documentId: string, use: (doc: Y.Doc, room: Room) => T): Promise<{ result: T } | undefined> {
    const room = await this.rooms.roomFor(documentId);
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
      this.rooms.unloadIfIdle(room);
    }
  }

  /**
   * Freezes or thaws a document (W4). Open connections are closed with 4503 so every
   * client reconnects and learns its new rights.
   */
  async setFrozen(documentId: string, frozen: boolean): Promise<void> {
    await this.control.everywhere({ kind: 'setFrozen', documentId, frozen });
  }

  closeDocument(documentId: string): void {
    void this.control.everywhere({ kind: 'closeDocument', documentId });
  }

  /** Open rooms, their connections and the encoded state they hold: read for memory reports, changes nothing. */
  memoryFigures(): Promise<{ rooms: number; connections: number; heldBytes: number }> {
    return this.rooms.memoryFigures();
  }

  /** Closes every connection, waits for pending writes and compacts what was open. */
  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.rooms.close();
    await this.bus.close();
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
    this.rooms.each((room) =>
      room.connections.forEach((connection) => {
        if (connection.aheadOfSync.overdue()) this.reject(connection, room.id, 'updates ahead of a sync step 2 that never came');
        else connection.heartbeat();
      }),
    );
  }
}

/** ws hands over Buffers (or fragments); Yjs wants one Uint8Array. */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
