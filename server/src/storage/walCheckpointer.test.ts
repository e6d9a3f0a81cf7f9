import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startWalCheckpointer, type WalCheckpointer } from './walCheckpointer';

const dirs: string[] = [];
const checkpointers: WalCheckpointer[] = [];
afterEach(async () => {
  for (const checkpointer of checkpointers.splice(0)) await checkpointer.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database written as the store writes it: WAL, no checkpoint by the writer. */
function openWriter() {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-wal-'));
  dirs.push(dir);
  const filename = join(dir, 'minutier.sqlite');
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE log (seq INTEGER PRIMARY KEY, data BLOB NOT NULL)');
  return { db, filename, walBytes: () => statSync(`${filename}-wal`).size };
}

describe('walCheckpointer', () => {
  it('keeps the WAL bounded under writes that never pause for a checkpoint', async () => {
    const { db, filename, walBytes } = openWriter();
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const limitPages = 64;
    checkpointers.push(startWalCheckpointer(filename, { intervalMs: 5, truncateAbovePages: limitPages }));
    const insert = db.prepare('INSERT INTO log (data) VALUES (?)');
    const frame = Buffer.alloc(1500, 7);

    // Writes as fast as the event loop allows, until the log has been emptied once after growing
    // past the limit; a log that only grows never gets there and the cap ends the test.
    let largest = 0;
    let emptied = false;
    for (let writes = 0; writes < 200_000 && !emptied; writes++) {
      insert.run(frame);
      const size = walBytes();
      emptied = largest > limitPages * pageSize && size < largest / 2;
      largest = Math.max(largest, size);
      if (writes % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(emptied).toBe(true);
    expect((db.prepare('SELECT COUNT(*) AS n FROM log').get() as { n: number }).n).toBeGreaterThan(0);
    db.close();
  });
});
