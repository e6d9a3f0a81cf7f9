import type { Worker } from 'node:worker_threads';
import type { DocumentRecord } from '../storage/documentStore';
import { startTsWorker } from '../export/tsWorker';
import type { DerivedIndexDocuments, DerivedIndexName } from './derivedIndexReads';

/** A document to read for the derived indexes: its record and its stored state. */
export interface IndexingJob {
  record: DocumentRecord;
  state: Uint8Array;
  names: DerivedIndexName[];
}

export type IndexingReply = { ok: true; documents: Partial<DerivedIndexDocuments> } | { ok: false; message: string };

/**
 * The worker thread (indexingWorker.ts) that reads long documents for the derived indexes,
 * one job at a time, the others waiting in order: one thread is enough for reads that run
 * in pauses of the typing, and leaves the other core to the event loop.
 */
export interface IndexingPool {
  read(job: IndexingJob): Promise<Partial<DerivedIndexDocuments>>;
  close(): Promise<void>;
}

/** An idle worker stops after this long, giving back its memory. */
const IDLE_MS = 60_000;

const WORKER_MODULE = new URL('./indexingWorker.ts', import.meta.url);

interface Pending {
  job: IndexingJob;
  done(reply: IndexingReply): void;
}

export function createIndexingPool(): IndexingPool {
  let worker: Worker | undefined;
  let current: Pending | undefined;
  let idle: NodeJS.Timeout | undefined;
  const waiting: Pending[] = [];

  const start = (): Worker => {
    const started = startTsWorker(WORKER_MODULE);
    const lost = (why: string) => {
      if (worker !== started) return;
      worker = undefined;
      clearTimeout(idle);
      const failed = current;
      current = undefined;
      failed?.done({ ok: false, message: `indexing worker ${why}` });
      dispatch();
    };
    started.on('message', (reply: IndexingReply) => {
      const finished = current;
      current = undefined;
      finished?.done(reply);
      dispatch();
    });
    started.on('error', (error) => lost(`failed: ${error.message}`));
    started.on('exit', (code) => lost(`exited with code ${code}`));
    return started;
  };

  const dispatch = () => {
    if (current) return;
    const next = waiting.shift();
    if (!next) {
      if (!worker) return;
      // An idle worker never holds the process, and stops after a while.
      worker.unref();
      clearTimeout(idle);
      const stopping = worker;
      idle = setTimeout(() => {
        if (worker === stopping) worker = undefined;
        void stopping.terminate();
      }, IDLE_MS);
      idle.unref();
      return;
    }
    clearTimeout(idle);
    worker ??= start();
    worker.ref();
    current = next;
    // The state is copied, not transferred: it is the room's own buffer.
    worker.postMessage(next.job);
  };

  return {
    read: (job) =>
      new Promise((resolve, reject) => {
        waiting.push({ job, done: (reply) => (reply.ok ? resolve(reply.documents) : reject(new Error(reply.message))) });
        dispatch();
      }),
    async close() {
      const closed: IndexingReply = { ok: false, message: 'indexing pool closed' };
      const stopping = worker;
      worker = undefined;
      clearTimeout(idle);
      current?.done(closed);
      current = undefined;
      for (const pending of waiting.splice(0)) pending.done(closed);
      await stopping?.terminate();
    },
  };
}

let shared: IndexingPool | undefined;

/** The process's pool: every relay in the process (the tests start many) shares the one thread. */
export function sharedIndexingPool(): IndexingPool {
  shared ??= createIndexingPool();
  return shared;
}
