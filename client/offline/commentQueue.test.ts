import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/http';
import { ANCHOR_GONE, flushQueue, type QueuedComment } from './commentQueue';
import { metaCommentQueue } from './commentQueueStore';

let accounts = 0;
const freshQueue = () => metaCommentQueue(`queue-test-${++accounts}`);

const reply = (body: string, idempotencyKey: string, documentId = 'doc-1'): QueuedComment => ({
  kind: 'reply',
  documentId,
  threadId: 'thread-1',
  body,
  mentions: [],
  idempotencyKey,
  queuedAt: '2024-05-01T10:00:00.000Z',
});

const offline = () => new ApiRequestError('Impossible de joindre le serveur. Vérifiez votre connexion.', 0);

describe('the queue of comments written offline (issue 19)', () => {
  it('posts the waiting comments in the order they were written, then empties the queue', async () => {
    const queue = freshQueue();
    await queue.add(reply('premier', 'k1'));
    await queue.add(reply('autre document', 'k9', 'doc-2'));
    await queue.add(reply('deuxième', 'k2'));
    const posted: string[] = [];

    const done = await flushQueue(queue, 'doc-1', async (item) => {
      posted.push(item.body);
      return { sent: true };
    });

    expect(done).toBe(true);
    expect(posted).toEqual(['premier', 'deuxième']);
    expect(await queue.list('doc-1')).toEqual([]);
    expect((await queue.list('doc-2')).map(({ item }) => item.body)).toEqual(['autre document']);
  });

  it('after a network failure keeps that comment and the later ones, and retries them with the same keys', async () => {
    const queue = freshQueue();
    await queue.add(reply('premier', 'k1'));
    await queue.add(reply('deuxième', 'k2'));
    const keysSent: string[] = [];
    let serverReachable = false;
    const send = async (item: QueuedComment) => {
      keysSent.push(item.idempotencyKey);
      // The server may have created it and the answer been lost: only the key makes the replay safe.
      if (!serverReachable) throw offline();
      return { sent: true as const };
    };

    expect(await flushQueue(queue, 'doc-1', send)).toBe(false);
    expect((await queue.list('doc-1')).map(({ item }) => item.body)).toEqual(['premier', 'deuxième']);

    serverReachable = true;
    expect(await flushQueue(queue, 'doc-1', send)).toBe(true);
    expect(keysSent).toEqual(['k1', 'k1', 'k2']);
    expect(await queue.list('doc-1')).toEqual([]);
  });

  it('keeps a refused comment aside with its reason and text, and still posts the next ones', async () => {
    const queue = freshQueue();
    await queue.add(reply('sur un passage supprimé', 'k1'));
    await queue.add(reply('fil inconnu', 'k2'));
    await queue.add(reply('accepté', 'k3'));
    const send = async (item: QueuedComment) => {
      if (item.idempotencyKey === 'k1') return { refused: ANCHOR_GONE };
      if (item.idempotencyKey === 'k2') throw new ApiRequestError('Ce fil de commentaires n’existe pas.', 404, 'not_found');
      return { sent: true as const };
    };

    expect(await flushQueue(queue, 'doc-1', send)).toBe(true);

    const kept = await queue.list('doc-1');
    expect(kept.map(({ item }) => [item.body, item.refused])).toEqual([
      ['sur un passage supprimé', ANCHOR_GONE],
      ['fil inconnu', 'Ce fil de commentaires n’existe pas.'],
    ]);
    // A refused comment is not sent again on the next reconnection.
    const resent: string[] = [];
    await flushQueue(queue, 'doc-1', async (item) => {
      resent.push(item.body);
      return { sent: true };
    });
    expect(resent).toEqual([]);
    expect(await queue.list('doc-1')).toHaveLength(2);
  });

  it('waits on a server error or a lost session rather than refusing', async () => {
    const queue = freshQueue();
    await queue.add(reply('premier', 'k1'));
    for (const status of [500, 503, 429, 401]) {
      const done = await flushQueue(queue, 'doc-1', async () => {
        throw new ApiRequestError('erreur', status);
      });
      expect(done).toBe(false);
    }
    expect((await queue.list('doc-1')).map(({ item }) => item.refused)).toEqual([undefined]);
  });
});
