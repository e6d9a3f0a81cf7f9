import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentThread } from '../../shared/api/comments';
import type { CollaborationSession } from '../editor/collaborationSession';
import { listThreads } from './commentsApi';
import { followCommentThreads, type CommentThreadsFeed } from './commentThreadsFeed';

export interface CommentThreads {
  /** Null until the first answer. */
  threads: CommentThread[] | null;
  /** Why the last reading failed (French), while what was read before stays shown. */
  loadError: string | null;
  /** Puts a thread a write answered in place, then reads the list again. */
  received(thread: CommentThread): void;
}

/** The threads of a compte-rendu, kept current for as long as the session lives (`followCommentThreads`). */
export function useCommentThreads(documentId: string, session: CollaborationSession): CommentThreads {
  const [threads, setThreads] = useState<CommentThread[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const feed = useRef<CommentThreadsFeed | null>(null);

  useEffect(() => {
    const followed = followCommentThreads({
      list: () => listThreads(documentId),
      events: session.events,
      connection: session.provider,
      onThreads: (list) => {
        setThreads(list);
        setLoadError(null);
      },
      onError: setLoadError,
    });
    feed.current = followed;
    return () => {
      followed.stop();
      feed.current = null;
    };
  }, [documentId, session]);

  const received = useCallback((thread: CommentThread) => feed.current?.received(thread), []);
  return { threads, loadError, received };
}
