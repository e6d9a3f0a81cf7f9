import Database from 'better-sqlite3';
import {
  DEFAULT_IDEMPOTENCY_LIMITS,
  type IdempotencyClaim,
  type IdempotencyLimits,
  type IdempotencyScope,
  type IdempotencyStore,
} from './idempotencyStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS idempotency_keys (
  account_id TEXT NOT NULL,
  route TEXT NOT NULL,
  idem_key TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status INTEGER,
  body TEXT,
  PRIMARY KEY (account_id, route, idem_key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_created ON idempotency_keys (created_at);
`;

interface Row {
  created_at: number;
  status: number | null;
  body: string | null;
}

/** Idempotency keys in the same SQLite file as the rest (its own connection, WAL): they survive a restart. */
export function createSqliteIdempotencyStore(
  filename: string,
  limits: IdempotencyLimits = DEFAULT_IDEMPOTENCY_LIMITS,
  now: () => number = Date.now,
): IdempotencyStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const forgetOld = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
  const forgetBeyond = db.prepare(
    `DELETE FROM idempotency_keys WHERE account_id = ? AND rowid NOT IN (
       SELECT rowid FROM idempotency_keys WHERE account_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
  );
  const insert = db.prepare('INSERT OR IGNORE INTO idempotency_keys (account_id, route, idem_key, created_at) VALUES (?, ?, ?, ?)');
  const select = db.prepare<[string, string, string], Row>(
    'SELECT created_at, status, body FROM idempotency_keys WHERE account_id = ? AND route = ? AND idem_key = ?',
  );
  const retake = db.prepare('UPDATE idempotency_keys SET created_at = ? WHERE account_id = ? AND route = ? AND idem_key = ? AND status IS NULL');
  const answer = db.prepare('UPDATE idempotency_keys SET status = ?, body = ? WHERE account_id = ? AND route = ? AND idem_key = ?');
  const remove = db.prepare('DELETE FROM idempotency_keys WHERE account_id = ? AND route = ? AND idem_key = ? AND status IS NULL');

  // One transaction: of two requests with the same key, exactly one inserts the row.
  const claim = db.transaction(({ accountId, route, key }: IdempotencyScope): IdempotencyClaim => {
    const at = now();
    forgetOld.run(at - limits.keepMs);
    if (insert.run(accountId, route, key, at).changes === 1) {
      forgetBeyond.run(accountId, accountId, limits.perAccount);
      return { state: 'claimed' };
    }
    const row = select.get(accountId, route, key);
    if (row?.status != null && row.body != null) return { state: 'answered', response: { status: row.status, body: row.body } };
    if (row && at - row.created_at > limits.pendingMs) {
      retake.run(at, accountId, route, key);
      return { state: 'claimed' };
    }
    return { state: 'pending' };
  });

  return {
    async claim(scope) {
      return claim.immediate(scope);
    },
    async complete({ accountId, route, key }, { status, body }) {
      answer.run(status, body, accountId, route, key);
    },
    async release({ accountId, route, key }) {
      remove.run(accountId, route, key);
    },
    async close() {
      db.close();
    },
  };
}
