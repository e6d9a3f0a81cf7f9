import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Runs SQLite's WAL checkpoints on a worker thread with its own connection. A
 * checkpoint copies the log into the database file and fsyncs it; done by the writing
 * connection, it would stall the event loop, and with it every broadcast, now and then.
 * PASSIVE checkpoints never block writers, so the relay's appends go on meanwhile.
 *
 * Under writes that never pause, though, a PASSIVE checkpoint never catches up with the
 * last frame, so SQLite never starts the log over and the file grows for as long as the
 * typing lasts. Past `truncateAbovePages`, one TRUNCATE checkpoint waits for the write in
 * progress, copies the little that the passive ones left, and empties the log: writers
 * wait for that once (milliseconds), and the file stays bounded.
 */
export interface WalCheckpointer {
  close(): Promise<void>;
}

export interface WalCheckpointerOptions {
  intervalMs?: number;
  /** WAL size, in pages, above which the log is emptied (4 KiB pages: 16384 ≈ 64 MiB). */
  truncateAbovePages?: number;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename);
const timer = setInterval(() => {
  try {
    const [passive] = db.pragma('wal_checkpoint(PASSIVE)');
    if (passive && passive.log > workerData.truncateAbovePages) db.pragma('wal_checkpoint(TRUNCATE)');
  } catch { /* busy or closing: the next tick retries */ }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.postMessage('closed');
});
`;

export function startWalCheckpointer(filename: string, options: WalCheckpointerOptions = {}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const workerData = { filename, driver, intervalMs: options.intervalMs ?? 1000, truncateAbovePages: options.truncateAbovePages ?? 16384 };
  const worker = new Worker(WORKER, { eval: true, workerData });
  worker.unref();
  return {
    close: () =>
      new Promise<void>((resolve) => {
        worker.once('message', () => void worker.terminate().then(() => resolve()));
        worker.once('error', () => resolve());
        worker.postMessage('close');
      }),
  };
}
