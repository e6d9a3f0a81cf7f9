import type { Room } from '../room';
import type { ClusterBus } from './clusterBus';

/** Messages heard before the room finished loading, at most; past it the catch-up reads the store (C2). */
const EARLY_LIMIT = 10_000;

/**
 * What other instances say about one open document, delivered to its room (C1–C3). It starts
 * hearing before the room loads, so nothing published while the stored state is read is lost.
 */
export class RoomChannel {
  private room: Room | undefined;
  private early: Array<(room: Room) => void> = [];
  private readonly stop: () => void;

  constructor(
    bus: ClusterBus,
    documentId: string,
    /** The room learnt of an update stored past a gap: what is missing is read from the store. */
    private readonly onGap: (room: Room) => void,
    /** Another instance opened the document and asks for the presence this one holds. */
    onPresenceQuery: (room: Room) => void,
  ) {
    this.stop = bus.listen(documentId, {
      stored: (seq, update) =>
        this.deliver((room) => {
          room.receiveStored(seq, update);
          if (room.position.hasGap) this.onGap(room);
        }),
      presence: (instanceId, update) => this.deliver((room) => room.receivePresence(instanceId, update)),
      presenceQuery: () => this.deliver(onPresenceQuery),
    });
  }

  /** The room is loaded: what was heard meanwhile reaches it, in order. */
  attach(room: Room): void {
    this.room = room;
    for (const deliver of this.early.splice(0)) deliver(room);
  }

  close(): void {
    this.stop();
    this.early = [];
  }

  private deliver(action: (room: Room) => void): void {
    if (this.room) action(this.room);
    else if (this.early.length < EARLY_LIMIT) this.early.push(action);
  }
}
