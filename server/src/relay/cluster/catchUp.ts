import type { DocumentStore } from '../../storage/documentStore';
import type { Room } from '../room';

/** Logged updates read per query while catching up. */
const PAGE = 500;

/**
 * Brings a room up to what the store holds (C2): the logged updates past where it stands,
 * in order, and, when another instance folded some of them into the state meanwhile, that
 * state first. Used when a gap shows, after the bus was cut, and now and then in case the
 * last message of a burst was the one lost.
 */
export async function catchUp(store: DocumentStore, room: Room): Promise<void> {
  for (;;) {
    const from = room.position.applied;
    const page = await store.readLog(room.id, from, PAGE);
    if (room.failed) return;
    if (page.length === 0 || page[0]!.seq !== from + 1) {
      // The next update is not in the log: folded into the state, or never written.
      const stored = await store.readState(room.id);
      if (!stored || room.failed) return;
      if (stored.state && stored.throughSeq > room.position.applied) room.receiveStoredState(stored.state, stored.throughSeq);
      if (page.length === 0 || room.position.applied === from) {
        for (const { seq, data } of page) room.receiveStored(seq, data);
        return;
      }
      continue;
    }
    for (const { seq, data } of page) room.receiveStored(seq, data);
    if (page.length < PAGE) return;
  }
}
