import { useEffect, useMemo, useState } from 'react';
import type { CommentThread } from '../../shared/api/comments';
import { readCommentsSeen, writeCommentsSeen } from './commentsSeen';
import { newestMessageAt, unreadComments, type CommentReader, type UnreadComments } from './unreadComments';

const NOTHING_NEW: UnreadComments = { count: 0, mentions: 0 };

/**
 * What is new in a compte-rendu's comments for this reader since they last looked. While
 * `looking` (the « Commentaires » panel is open), everything shown counts as seen, and the
 * newest message's time is remembered for the next visit.
 */
export function useUnreadComments(
  documentId: string,
  threads: readonly CommentThread[] | null,
  reader: CommentReader | null,
  looking: boolean,
): UnreadComments {
  const [seen, setSeen] = useState(() => ({ documentId, upTo: readCommentsSeen(documentId) }));
  const seenUpTo = seen.documentId === documentId ? seen.upTo : readCommentsSeen(documentId);
  const newest = threads ? newestMessageAt(threads) : null;

  useEffect(() => {
    if (!looking || newest === null || (seenUpTo !== null && newest <= seenUpTo)) return;
    writeCommentsSeen(documentId, newest);
    setSeen({ documentId, upTo: newest });
  }, [documentId, looking, newest, seenUpTo]);

  return useMemo(() => {
    if (!threads || !reader || looking) return NOTHING_NEW;
    return unreadComments(threads, seenUpTo, reader);
  }, [threads, reader, looking, seenUpTo]);
}
