import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentStoreContract } from './documentStoreContract';
import { createSqliteStore } from './sqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

documentStoreContract('sqlite', async () => createSqliteStore({ filename: join(dir, `contract-${n++}.sqlite`) }));

describe('sqliteStore', () => {
  it('keeps documents in its file across a reopen', async () => {
    const filename = join(dir, 'reopen.sqlite');
    const author = new Y.Doc();
    author.getText('t').insert(0, 'Compte-rendu');
    const first = createSqliteStore({ filename });
    await first.create(
      { id: 'a', collectiveId: 'c', title: 'T', meetingDate: null, createdAt: 'x', updatedAt: 'x', status: 'draft', validation: null },
      Y.encodeStateAsUpdate(author),
    );
    await first.close();

    const second = createSqliteStore({ filename });
    const stored = await second.load('a');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored!.state!);
    expect(doc.getText('t').toString()).toBe('Compte-rendu');
    await second.close();
  });
});
