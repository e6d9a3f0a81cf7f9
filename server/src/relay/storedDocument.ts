import * as Y from 'yjs';
import type { Room } from './room';

/**
 * Runs `read` on the room's stored document: the room's own while it holds exactly what is
 * stored (the usual case in a pause of the typing), else a copy built from the stored bytes
 * and dropped afterwards. `read` must take what it needs from the document before its first
 * `await`: the room's own document moves on with the next keystroke.
 */
export async function withStoredDocument<T>(room: Room, read: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
  const own = room.storedDocument();
  if (own) return read(own);
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, room.state());
    return await read(copy);
  } finally {
    copy.destroy();
  }
}
