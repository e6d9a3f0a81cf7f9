import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentThread } from '../../shared/api/comments';
import type { CollaborationSession } from '../editor/collaborationSession';
import { listThreads } from './commentsApi';

export interface CommentThreads {
  /** Null until the first answer. */
  threads: CommentThread[] | null;
  /** Why the last reading failed (French), while what was read before stays shown. */
  loadError: string | null;
  /** Puts a thread a write answered in place, then reads the list again. */
  received(thread: CommentThread): void;
}

/**
 * The threads of a compte-rendu, read again whenever the relay says they changed and after
 * each reconnection (notices sent while offline are lost). Answers are applied in the order
 * the requests were made: a slow older answer never overwrites a newer one.
 */
export function useCommentThreads(documentId: string, session: CollaborationSession): CommentThreads {
  const [threads, setThreads] = useState<CommentThread[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const load = useCallback(() => {
    const request = ++latestRequest.current;
    listThreads(documentId).then(
      (list) => {
        if (request !== latestRequest.current) return;
        setThreads(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (request !== latestRequest.current) return;
        setLoadError(error instanceof Error ? error.message : 'Lecture des commentaires impossible.');
      },
    );
  }, [documentId]);

  useEffect(() => {
    load();
    const unsubscribe = session.events.subscribe((event) => {
      if (event.type === 'comments') load();
    });
    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connected') load();
    };
    session.provider.on('status', onStatus);
    return () => {
      latestRequest.current++;
      unsubscribe();
      session.provider.off('status', onStatus);
    };
  }, [session, load]);

  const received = useCallback(
    (thread: CommentThread) => {
      // Answers to reads started before this write are older than it: ignore them.
      latestRequest.current++;
      setThreads((current) => {
        const others = (current ?? []).filter((existing) => existing.id !== thread.id);
        return [...others, thread];
      });
      load();
    },
    [load],
  );

  return { threads, loadError, received };
}
