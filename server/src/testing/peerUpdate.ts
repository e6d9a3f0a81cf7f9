import * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate } from '../relay/frames';
import { openRawSocket } from './rawSocket';

/** What a peer holding `from`'s document sends after `change`: only the new part. */
export function peerUpdate(from: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const peer = new Y.Doc({ gc: false });
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(from));
  const before = Y.encodeStateVector(peer);
  change(peer);
  return Y.encodeStateAsUpdate(peer, before);
}

/**
 * Sends `update` on a fresh socket of the token's account, then answers the relay's sync
 * step 1 as a stock client does (with nothing more: R27 waits for that answer before it
 * judges an update that misses dependencies), and answers how the relay closed it.
 */
export async function sendOnce(collabUrl: string, documentId: string, token: string, update: Uint8Array): Promise<number> {
  const raw = openRawSocket(collabUrl, documentId, { token });
  await raw.opened;
  raw.send(encodeUpdate(update));
  raw.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
  return (await raw.closed).code;
}
