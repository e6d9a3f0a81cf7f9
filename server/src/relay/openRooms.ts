import { CloseCode } from '../../../shared/protocol/closeCodes';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import type { SearchIndex } from '../search/searchIndex';
import type { MeasureIndex } from '../measures/measureIndex';
import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import type { AnnexLinkIndex } from '../annexes/annexLinkIndex';
import type { Connection } from './connection';
import { Room, type RoomHooks } from './room';
import type { ClusterBus } from './cluster/clusterBus';
import { ClusterLink } from './cluster/clusterLink';
import { Compactions } from './compactions';
import { SummaryMirror } from './summaryMirror';
import { DerivedIndexMirror } from './derivedIndexMirror';
import { SuggestionGuard } from './suggestionGuard';

export interface OpenRoomsOptions {
  store: DocumentStore;
  logger: Logger;
  /** Compact a document's log once it holds this many updates. */
  compactAfterUpdates: number;
  /** The derived indexes kept in step with edits, in the pauses of typing (Q4, X4, T1, N7). */
  search?: SearchIndex;
  measures?: MeasureIndex;
  actionItems?: ActionItemIndex;
  annexLinks?: AnnexLinkIndex;
  /** The other instances sharing the store (issue 18). */
  bus: ClusterBus;
}

/** How long a claim on derived work for one state of a document holds (C5). */
const CLAIM_MS = 60_000;

/**
 * The rooms open on this instance, one per document: loaded on first connection, kept in
 * step with the other instances, mirrored and compacted in the pauses of the typing, and
 * unloaded after the last connection leaves.
 */
export class OpenRooms {
  private readonly rooms = new Map<string, Promise<Room | undefined>>();
  /** The rooms loaded, for what reaches them from the other instances. */
  private readonly loaded = new Map<string, Room>();
  private readonly cluster: ClusterLink;
  private readonly summaries: SummaryMirror;
  /** The derived indexes this server keeps (search, measure citations, « À suivre », annex links). */
  private readonly indexes: DerivedIndexMirror;
  private readonly compactions: Compactions;
  private readonly hooks: RoomHooks;

  constructor(private readonly options: OpenRoomsOptions) {
    const { store, search, measures, actionItems, annexLinks, logger, bus } = options;
    this.cluster = new ClusterLink(bus, store, () => [...this.loaded.values()], logger);
    this.hooks = {
      stored: (room, update, seq) => {
        this.cluster.hooks.stored(room, update, seq);
        this.afterStore(room);
      },
      failed: (room, error) => this.fail(room, error),
      presence: this.cluster.hooks.presence,
    };
    // Derived work for one state of a document is done by one instance (C5).
    const claim = (kind: string) => (room: Room) => bus.claim(`${kind}:${room.id}:${room.position.applied}`, CLAIM_MS);
    this.summaries = new SummaryMirror(store, logger, claim('summary'));
    this.indexes = new DerivedIndexMirror(store, { search, measures, actionItems, annexLinks }, logger, claim('indexes'));
    this.compactions = new Compactions(store, logger, options.compactAfterUpdates, (room) => this.rooms.has(room.id));
  }

  /** The document's room, loaded if nobody has it open here; undefined for an unknown document. */
  roomFor(documentId: string): Promise<Room | undefined> {
    let loading = this.rooms.get(documentId);
    if (!loading) {
      const started = performance.now();
      this.cluster.opening(documentId);
      loading = Room.load(documentId, this.options.store, this.hooks, this.options.logger).then((room) => {
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

  /** The document's room if it is open or loading here, without loading it. */
  openFor(documentId: string): Promise<Room | undefined> | undefined {
    return this.rooms.get(documentId);
  }

  /** Runs `use` on every room open here, once loaded. */
  each(use: (room: Room) => void): void {
    for (const loading of this.rooms.values()) void loading.then((room) => room && use(room));
  }

  /** A connection joins the room: a suggestion-only one needs the room's guard (R21). */
  join(room: Room, connection: Connection): void {
    room.join(connection);
    if (connection.access !== 'suggest') return;
    room.suggestionGuard ??= new SuggestionGuard(
      () => room.state(),
      (userId, refusal) => this.options.logger.warn('relay.suggestion_refused', { doc: room.id, user: userId, reason: refusal }),
    );
  }

  leave(room: Room, connection: Connection): void {
    room.leave(connection);
    // The guard's copy of the document costs memory: only rooms with a suggestion-only connection keep one.
    if (room.suggestionGuard && ![...room.connections].some((other) => other.access === 'suggest')) {
      room.suggestionGuard.destroy();
      room.suggestionGuard = undefined;
    }
    this.unloadIfIdle(room);
  }

  unloadIfIdle(room: Room): void {
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

  /** A write chain that failed (storage, or a fault while checking or broadcasting) drops its room (R13, R24). */
  fail(room: Room, error: unknown): void {
    this.options.logger.error('relay.write_failure', { doc: room.id, reason: String(error) });
    room.failed = true;
    // Drop the in-memory state: clients keep their edits and resend them on reconnect.
    if (this.loaded.get(room.id) === room) this.forget(room.id);
    for (const connection of room.connections) connection.close(CloseCode.storageFailure, 'storage failure');
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
}
