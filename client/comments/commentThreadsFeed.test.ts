import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../shared/api/comments';
import type { MinutierEvent } from '../../shared/protocol/minutierEvent';
import { followCommentThreads, type ConnectionStatusSource } from './commentThreadsFeed';
import type { MinutierEvents } from './minutierEvents';

const thread = (id: string, status: CommentThread['status'] = 'open'): CommentThread => ({
  id,
  documentId: 'doc',
  quote: '',
  status,
  createdAt: '2026-12-01T08:00:00Z',
  resolvedAt: null,
  resolvedBy: null,
  messages: [],
});

/** A server whose answers the test releases one by one, in any order. */
function scriptedServer() {
  const pending: Array<{ resolve(threads: CommentThread[]): void; reject(error: Error): void }> = [];
  return {
    list: () =>
      new Promise<CommentThread[]>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
    requests: () => pending.length,
    answer: (index: number, threads: CommentThread[]) => pending[index]!.resolve(threads),
    fail: (index: number, message: string) => pending[index]!.reject(new Error(message)),
  };
}

function fakeEvents() {
  const listeners = new Set<(event: MinutierEvent) => void>();
  const events: MinutierEvents = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { events, emit: (event: MinutierEvent) => listeners.forEach((listener) => listener(event)), listeners };
}

function fakeConnection() {
  const listeners = new Set<(event: { status: string }) => void>();
  const connection: ConnectionStatusSource = {
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
  };
  return { connection, status: (status: string) => listeners.forEach((listener) => listener({ status })), listeners };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function follow() {
  const server = scriptedServer();
  const events = fakeEvents();
  const connection = fakeConnection();
  const seen: string[][] = [];
  const errors: string[] = [];
  const feed = followCommentThreads({
    list: server.list,
    events: events.events,
    connection: connection.connection,
    onThreads: (threads) => seen.push(threads.map((entry) => `${entry.id}:${entry.status}`)),
    onError: (message) => errors.push(message),
  });
  return { server, events, connection, seen, errors, feed };
}

describe('followCommentThreads', () => {
  it('reads the threads at once, and again on each comment notice', async () => {
    const { server, events, seen } = follow();
    expect(server.requests()).toBe(1);
    server.answer(0, [thread('a')]);
    await settle();
    events.emit({ type: 'comments', threadId: 'b' });
    expect(server.requests()).toBe(2);
    server.answer(1, [thread('a'), thread('b')]);
    await settle();
    expect(seen).toEqual([['a:open'], ['a:open', 'b:open']]);
  });

  it('reads them again after each reconnection, when notices may have been missed', async () => {
    const { server, connection } = follow();
    connection.status('disconnected');
    connection.status('connecting');
    expect(server.requests()).toBe(1);
    connection.status('connected');
    expect(server.requests()).toBe(2);
  });

  it('never lets an older answer overwrite a newer one', async () => {
    const { server, events, seen } = follow();
    events.emit({ type: 'comments', threadId: 'a' });
    server.answer(1, [thread('a', 'resolved')]);
    await settle();
    server.answer(0, [thread('a')]);
    await settle();
    expect(seen).toEqual([['a:resolved']]);
  });

  it('shows a thread a write answered at once, over reads started before the write', async () => {
    const { server, feed, seen } = follow();
    feed.received(thread('a', 'resolved'));
    expect(seen).toEqual([['a:resolved']]);
    expect(server.requests()).toBe(2);
    server.answer(0, [thread('a')]);
    await settle();
    expect(seen).toEqual([['a:resolved']]);
    server.answer(1, [thread('a', 'resolved'), thread('b')]);
    await settle();
    expect(seen.at(-1)).toEqual(['a:resolved', 'b:open']);
  });

  it('reports a failed read without dropping what was shown', async () => {
    const { server, events, seen, errors } = follow();
    server.answer(0, [thread('a')]);
    await settle();
    events.emit({ type: 'comments', threadId: 'a' });
    server.fail(1, 'Impossible de joindre le serveur.');
    await settle();
    expect(errors).toEqual(['Impossible de joindre le serveur.']);
    expect(seen).toEqual([['a:open']]);
  });

  it('stops listening and ignores answers once stopped', async () => {
    const { server, events, connection, feed, seen } = follow();
    feed.stop();
    expect(events.listeners.size).toBe(0);
    expect(connection.listeners.size).toBe(0);
    server.answer(0, [thread('a')]);
    await settle();
    expect(seen).toEqual([]);
  });
});
