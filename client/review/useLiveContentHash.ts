import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { contentHash, contentOf } from '../../shared/review/documentContent';

/** How soon after an edit (local or remote) the hash is computed again. */
export const LIVE_HASH_DELAY_MS = 800;

/**
 * The W2 hash of the text in this editor's replica, once it has arrived (`loaded`), kept up
 * to date at most every LIVE_HASH_DELAY_MS after edits. Computed here rather than announced
 * by the server: the replica is already in memory and each screen hashes it once per pause,
 * where a server event would make every open editor refetch and the relay rebuild the
 * document for each of them (W10).
 */
export function useLiveContentHash(doc: Y.Doc, loaded: boolean): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const compute = () => {
      timer = null;
      try {
        setHash(contentHash(contentOf(doc)));
      } catch {
        // A body this schema cannot read (M2): the server's own judgement stands.
        setHash(null);
      }
    };
    // The first edit of a burst arms the timer: typing without pause still updates once per delay.
    const onUpdate = () => {
      timer ??= setTimeout(compute, LIVE_HASH_DELAY_MS);
    };
    compute();
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [doc, loaded]);
  return hash;
}
