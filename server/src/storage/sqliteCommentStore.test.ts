import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommentAuthor } from '../../../shared/api/comments';
import { createSqliteCommentStore } from './sqliteCommentStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-comments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const open = () => createSqliteCommentStore(join(dir, `comments-${files++}.sqlite`));

const helene: CommentAuthor = { userId: 'u1', name: 'Hélène De Rugy', association: 'Amicale du Nid' };
const martina: CommentAuthor = { userId: 'u2', name: 'Martina Andreeva', association: null };
const message = (id: string, author: CommentAuthor, body: string) => ({
  id,
  author,
  body,
  mentions: [{ id: 'a1', name: 'Hors la Rue' }],
  createdAt: `2026-12-01T08:0${id.length}:00.000Z`,
});

describe('sqliteCommentStore', () => {
  it('keeps a thread with its messages in order, each with its author as written', async () => {
    const store = open();
    await store.createThread({ id: 't1', documentId: 'd1', quote: 'un état des lieux', createdAt: '2026-12-01T08:00:00.000Z' }, message('m1', helene, 'Concernant le commentaire de l’AFJ…'));
    const replied = await store.addReply('d1', 't1', message('m22', martina, 'D’accord.'));
    expect(replied).toMatchObject({
      id: 't1',
      documentId: 'd1',
      quote: 'un état des lieux',
      status: 'open',
      resolvedAt: null,
      resolvedBy: null,
      messages: [
        { id: 'm1', author: helene, body: 'Concernant le commentaire de l’AFJ…', mentions: [{ id: 'a1', name: 'Hors la Rue' }] },
        { id: 'm22', author: martina, body: 'D’accord.' },
      ],
    });
    expect(await store.listThreads('d1')).toEqual([replied]);
    await store.close();
  });

  it('resolves and reopens, recording who resolved', async () => {
    const store = open();
    await store.createThread({ id: 't1', documentId: 'd1', quote: '', createdAt: 'x' }, message('m1', helene, 'À reformuler'));
    const resolved = await store.setResolution('d1', 't1', { by: martina, at: '2026-12-02T10:00:00.000Z' });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: '2026-12-02T10:00:00.000Z', resolvedBy: martina });
    const reopened = await store.setResolution('d1', 't1', null);
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });
    await store.close();
  });

  it('a thread of another document reads as unknown and takes no reply', async () => {
    const store = open();
    await store.createThread({ id: 't1', documentId: 'd1', quote: '', createdAt: 'x' }, message('m1', helene, 'Texte'));
    expect(await store.getThread('d2', 't1')).toBeUndefined();
    expect(await store.addReply('d2', 't1', message('m2', martina, 'Intrus'))).toBeUndefined();
    expect(await store.setResolution('d2', 't1', { by: martina, at: 'x' })).toBeUndefined();
    expect(await store.listThreads('d2')).toEqual([]);
    expect((await store.getThread('d1', 't1'))?.messages).toHaveLength(1);
    await store.close();
  });
});
