import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { metaCommentQueue } from './commentQueueStore';
import { inMeta, requestResult } from './metaStore';
import { hasUnsyncedEdits, watchOpenDocument } from './unsyncedEdits';

describe('hasUnsyncedEdits: what « Se déconnecter » would lose (issue 19)', () => {
  it('is false when every copy is synchronised and nothing waits', async () => {
    await inMeta('synced', 'documents', 'readwrite', (store) => requestResult(store.put({ epoch: 1, unsynced: false }, 'doc-1')));
    expect(await hasUnsyncedEdits('synced')).toBe(false);
  });

  it('is true for an edit of a document open in this tab that the server has not acknowledged', async () => {
    const tracker = { pending: true };
    const stop = watchOpenDocument(tracker);
    try {
      expect(await hasUnsyncedEdits('open-tab')).toBe(true);
    } finally {
      stop();
    }
    expect(await hasUnsyncedEdits('open-tab')).toBe(false);
  });

  it('is true for a stored copy marked unsynchronised (a document not open in this tab)', async () => {
    await inMeta('stored', 'documents', 'readwrite', (store) => requestResult(store.put({ epoch: 1, unsynced: true }, 'doc-2')));
    expect(await hasUnsyncedEdits('stored')).toBe(true);
  });

  it('is true while a comment written offline waits to be sent', async () => {
    await metaCommentQueue('commenter').add({
      kind: 'reply',
      documentId: 'doc-1',
      threadId: 't',
      body: 'À relire',
      mentions: [],
      idempotencyKey: 'k',
      queuedAt: '2024-05-01T10:00:00.000Z',
    });
    expect(await hasUnsyncedEdits('commenter')).toBe(true);
  });
});
