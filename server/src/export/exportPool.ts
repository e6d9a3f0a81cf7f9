import { availableParallelism } from 'node:os';
import type { WorkerJob, WorkerReply } from './exportJob';
import { type BackgroundWorker, startBackgroundProcess } from './backgroundProcess';

/**
 * Background processes that render exports (exportWorker.ts, at the lowest priority), one
 * job each at a time, the others waiting in order. Rendering a long compte-rendu takes the CPU for a good half
 * second; on the event loop that was half a second without a keystroke relayed to anyone.
 */
export interface ExportPool {
  render<Job extends WorkerJob>(job: Job): Promise<WorkerReply<Job>>;
  /** Starts a worker now if none runs (the export dialog opened), so the export does not wait for it. */
  warm(): void;
  close(): Promise<void>;
}

/** One core stays for the event loop: one worker on two cores, at most two. */
const defaultSize = (): number => Math.max(1, Math.min(2, availableParallelism() - 1));

/** A worker idle this long stops, giving back its memory (the renderers' modules and heap). */
const IDLE_MS = 60_000;

interface Pending {
  job: WorkerJob;
  done(reply: WorkerReply): void;
}

interface PoolWorker {
  worker: BackgroundWorker;
  current?: Pending;
  idle?: NodeJS.Timeout;
}

const WORKER_MODULE = new URL('./exportWorker.ts', import.meta.url);

/** `size`: worker processes at most. */
export function createExportPool(size = defaultSize()): ExportPool {
  const workers: PoolWorker[] = [];
  const waiting: Pending[] = [];

  const start = (): PoolWorker => {
    const entry: PoolWorker = { worker: startBackgroundProcess(WORKER_MODULE) };
    const lost = (why: string) => {
      const index = workers.indexOf(entry);
      if (index < 0) return;
      workers.splice(index, 1);
      clearTimeout(entry.idle);
      entry.current?.done({ ok: false, reason: 'failed', message: `export worker ${why}` });
      dispatch();
    };
    entry.worker.on('message', (reply: WorkerReply) => {
      const finished = entry.current;
      entry.current = undefined;
      finished?.done(reply);
      dispatch();
    });
    entry.worker.on('error', (error) => lost(`failed: ${error.message}`));
    entry.worker.on('exit', (code) => lost(`exited with code ${code}`));
    workers.push(entry);
    return entry;
  };

  const stop = (entry: PoolWorker) => {
    const index = workers.indexOf(entry);
    if (index >= 0) workers.splice(index, 1);
    void entry.worker.terminate();
  };

  const dispatch = () => {
    while (waiting.length > 0) {
      const entry = workers.find((candidate) => !candidate.current) ?? (workers.length < size ? start() : undefined);
      if (!entry) return;
      const next = waiting.shift() as Pending;
      clearTimeout(entry.idle);
      entry.current = next;
      // A busy worker keeps a script waiting for its file alive; an idle one never holds the process.
      entry.worker.ref();
      entry.worker.postMessage(next.job);
    }
    for (const entry of workers) {
      if (entry.current) continue;
      entry.worker.unref();
      clearTimeout(entry.idle);
      entry.idle = setTimeout(() => stop(entry), IDLE_MS);
      entry.idle.unref();
    }
  };

  return {
    render: <Job extends WorkerJob>(job: Job) =>
      new Promise<WorkerReply<Job>>((done) => {
        // A job's reply is of its own kind (the worker answers it); a lost worker's fits every kind.
        waiting.push({ job, done: done as (reply: WorkerReply) => void });
        dispatch();
      }),
    warm() {
      if (workers.length === 0) start();
      dispatch();
    },
    async close() {
      const closed: WorkerReply = { ok: false, reason: 'failed', message: 'export pool closed' };
      const all = workers.splice(0);
      for (const entry of all) {
        clearTimeout(entry.idle);
        entry.current?.done(closed);
      }
      for (const pending of waiting.splice(0)) pending.done(closed);
      await Promise.all(all.map((entry) => entry.worker.terminate()));
    },
  };
}

let shared: ExportPool | undefined;

/**
 * The process's pool: workers share the machine's cores, so every app in the
 * process (the tests start many) uses the same few. Each server bounds its own queue.
 */
export function sharedExportPool(): ExportPool {
  shared ??= createExportPool();
  return shared;
}
