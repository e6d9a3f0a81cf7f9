import type { CommentThread } from '../../shared/api/comments';
import type { MinutierEvents } from './minutierEvents';

/** The part of the y-websocket provider the feed listens to. */
export interface ConnectionStatusSource {
  on(event: 'status', listener: (event: { status: string }) => void): void;
  off(event: 'status', listener: (event: { status: string }) => void): void;
}

export interface CommentThreadsFeedInput {
  list(): Promise<CommentThread[]>;
  events: MinutierEvents;
  connection: ConnectionStatusSource;
  /** The list as last read, or the reason (French) why reading it failed. */
  onThreads(threads: CommentThread[]): void;
  onError(message: string): void;
}

export interface CommentThreadsFeed {
  /** Puts a thread a write answered in place at once, then reads the list again. */
  received(thread: CommentThread): void;
  stop(): void;
}

/**
 * Keeps a compte-rendu's threads current: read at once, again whenever the relay says they
 * changed, and after each reconnection (notices sent while offline are lost). Answers are
 * applied in the order the requests were made: a slow older answer never overwrites a newer
 * one, nor a thread a write just answered.
 */
export function followCommentThreads(input: CommentThreadsFeedInput): CommentThreadsFeed {
  const { list, events, connection, onThreads, onError } = input;
  let latest = 0;
  let current: CommentThread[] = [];
  let stopped = false;

  const load = () => {
    const request = ++latest;
    list().then(
      (threads) => {
        if (stopped || request !== latest) return;
        current = threads;
        onThreads(threads);
      },
      (error: unknown) => {
        if (stopped || request !== latest) return;
        onError(error instanceof Error ? error.message : 'Lecture des commentaires impossible.');
      },
    );
  };

  const unsubscribe = events.subscribe((event) => {
    if (event.type === 'comments') load();
  });
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') load();
  };
  connection.on('status', onStatus);
  load();

  return {
    received(thread) {
      if (stopped) return;
      current = [...current.filter((existing) => existing.id !== thread.id), thread];
      onThreads(current);
      load();
    },
    stop() {
      stopped = true;
      unsubscribe();
      connection.off('status', onStatus);
    },
  };
}
