import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleLetterFields } from '../letters/letterTestHelpers';
import type { LetterRecord } from './letterStore';
import { createSqliteLetterStore } from './sqliteLetterStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-letters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const letter = (id: string, createdAt: string, minutesId = 'cr-1'): LetterRecord => ({
  id,
  minutesId,
  collectiveId: 'collectif',
  fields: sampleLetterFields(),
  revision: 0,
  createdAt,
  createdBy: 'user-1',
  updatedAt: createdAt,
});

describe('sqlite letter store (L1, L3)', () => {
  it('L1: lists the letters of one compte-rendu newest first, with their fields, and deletes one', async () => {
    const store = createSqliteLetterStore(join(dir, 'list.sqlite'));
    await store.add(letter('old', '2026-12-01T10:00:00.000Z'));
    await store.add(letter('new', '2026-12-02T10:00:00.000Z'));
    await store.add(letter('other', '2026-12-03T10:00:00.000Z', 'cr-2'));
    const listed = await store.listOfMinutes('cr-1');
    expect(listed.map((row) => row.id)).toEqual(['new', 'old']);
    expect(listed[0]?.fields).toEqual(sampleLetterFields());
    await store.delete('old');
    expect(await store.get('old')).toBeUndefined();
    expect((await store.listOfMinutes('cr-1')).map((row) => row.id)).toEqual(['new']);
    await store.close();
  });

  it('L3: a save from the stored revision bumps it; a save from an older one changes nothing and answers the stored letter', async () => {
    const store = createSqliteLetterStore(join(dir, 'revision.sqlite'));
    await store.add(letter('a', '2026-12-01T10:00:00.000Z'));
    const changed = { ...sampleLetterFields(), object: 'Envoi du compte-rendu' };
    const saved = await store.update('a', 0, changed, '2026-12-01T11:00:00.000Z');
    expect(saved).toMatchObject({ ok: true, letter: { revision: 1, fields: changed, updatedAt: '2026-12-01T11:00:00.000Z' } });
    const stale = await store.update('a', 0, sampleLetterFields(), '2026-12-01T12:00:00.000Z');
    expect(stale).toMatchObject({ ok: false, stale: { revision: 1, fields: changed } });
    expect(await store.update('missing', 0, changed, '2026-12-01T12:00:00.000Z')).toBeUndefined();
    await store.close();
    const reopened = createSqliteLetterStore(join(dir, 'revision.sqlite'));
    expect((await reopened.get('a'))?.fields.object).toBe('Envoi du compte-rendu');
    await reopened.close();
  });
});
