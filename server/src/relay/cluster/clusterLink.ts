import type { Logger } from '../../log';
import type { DocumentStore } from '../../storage/documentStore';
import type { Room, RoomHooks } from '../room';
import { catchUp } from './catchUp';
import type { ClusterBus } from './clusterBus';
import { RoomChannel } from './roomChannel';

/** How often every open room compares where it stands with the store, in a cluster (C2). */
export const POLL_MS = 3_000;
/** A gap is read from the store after this long: the missing message is usually just late. */
const GAP_GRACE_MS = 200;

/**
 * Ties the relay's rooms to the other instances (C1–C3): what a room stores or admits is
 * published, what the others publish reaches the room, and what was lost on the way is read
 * back from the store. With a `LocalBus` it publishes to nobody and never reads back.
 */
export class ClusterLink {
  private readonly channels = new Map<string, RoomChannel>();
  private readonly catchingUp = new Map<Room, Promise<void>>();
  private readonly poll: NodeJS.Timeout | undefined;

  constructor(
    private readonly bus: ClusterBus,
    private readonly store: DocumentStore,
    private readonly openRooms: () => Room[],
    private readonly logger: Logger,
  ) {
    bus.onResumed(() => {
      this.logger.warn('cluster.resumed', { rooms: openRooms().length });
      for (const room of openRooms()) this.catchUp(room);
    });
    bus.onInstanceGone((instanceId) => {
      for (const room of openRooms()) room.forgetInstance(instanceId);
    });
    if (bus.clustered) {
      this.poll = setInterval(() => this.pollAll(), POLL_MS);
      this.poll.unref();
    }
  }

  /** What rooms report, published for the other instances (C1, C3). */
  readonly hooks: Required<Pick<RoomHooks, 'stored' | 'presence'>> = {
    stored: (room, update, seq) => this.bus.publishStored(room.id, seq, update),
    presence: (room, update) => this.bus.publishPresence(room.id, update),
  };

  /** Starts hearing a document before its room loads. */
  opening(documentId: string): void {
    if (this.channels.has(documentId)) return;
    const gap = (room: Room) => setTimeout(() => this.catchUp(room), GAP_GRACE_MS).unref();
    const answer = (room: Room) => {
      if (room.awareness.size > 0) this.bus.publishPresence(room.id, room.awareness.encodeAll());
    };
    this.channels.set(documentId, new RoomChannel(this.bus, documentId, gap, answer));
  }

  /** The room is loaded: what was heard meanwhile reaches it, and what was said before it listened is read (C2). */
  opened(room: Room): void {
    this.channels.get(room.id)?.attach(room);
    if (!this.bus.clustered) return;
    this.bus.queryPresence(room.id);
    this.catchUp(room);
  }

  /** The room is gone (unloaded, failed, or its loading found no document). */
  closed(documentId: string): void {
    this.channels.get(documentId)?.close();
    this.channels.delete(documentId);
  }

  stop(): void {
    if (this.poll) clearInterval(this.poll);
    for (const channel of this.channels.values()) channel.close();
    this.channels.clear();
  }

  /** Reads what the room lacks from the store; one catch-up per room at a time. */
  catchUp(room: Room): Promise<void> {
    let running = this.catchingUp.get(room);
    if (!running) {
      running = catchUp(this.store, room)
        .catch((error: unknown) => this.logger.warn('cluster.catch_up_failed', { doc: room.id, reason: String(error) }))
        .finally(() => this.catchingUp.delete(room));
      this.catchingUp.set(room, running);
    }
    return running;
  }

  /** A burst's last message, when lost, shows no gap: the store says where the document is. */
  private async pollAll(): Promise<void> {
    for (const room of this.openRooms()) {
      if (room.failed || this.catchingUp.has(room)) continue;
      try {
        if ((await this.store.headSeq(room.id)) > room.position.applied) void this.catchUp(room);
      } catch (error) {
        this.logger.warn('cluster.poll_failed', { doc: room.id, reason: String(error) });
      }
    }
  }
}
