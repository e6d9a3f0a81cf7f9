import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionItemIndexContract } from './actionItemIndexContract';
import { isOverdue } from './overdue';
import { createSqliteActionItemIndex } from './sqliteActionItemIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-action-items-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

// The collective's « À suivre » read through the SQLite index (T1, T2); pgActionItemIndex.test.ts runs the same on PostgreSQL.
actionItemIndexContract('sqlite', async () => createSqliteActionItemIndex(join(dir, `index-${n++}.sqlite`)));

describe('« en retard » (SPEC T2)', () => {
  it('T2: is derived from the due day and the status; a due date in words is never late', () => {
    expect(isOverdue({ status: 'open', due: '2014-01-15' }, '2014-01-16')).toBe(true);
    expect(isOverdue({ status: 'open', due: '2014-01-15' }, '2014-01-15')).toBe(false);
    expect(isOverdue({ status: 'done', due: '2014-01-15' }, '2014-01-16')).toBe(false);
    expect(isOverdue({ status: 'open', due: 'd’ici la prochaine réunion' }, '2099-01-01')).toBe(false);
  });
});
