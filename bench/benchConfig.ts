import type { ColdOpenParams } from './scenarios/coldOpen';
import type { FanOutParams } from './scenarios/fanOut';
import type { IdleDocumentsParams } from './scenarios/idleDocuments';

export interface BenchConfig {
  name: string;
  /** Each scenario runs this many times per target, the target order reversed every other round. */
  rounds: number;
  meeting: FanOutParams;
  coalition: FanOutParams;
  coldOpen: ColdOpenParams;
  idleDocuments: IdleDocumentsParams;
}

const connection = { connectConcurrency: 10, syncTimeoutMs: 15_000 };

/** The scenarios of issue 8, at the sizes it names. About 8 minutes on 2 cores. */
export const fullConfig: BenchConfig = {
  name: 'full',
  rounds: 2,
  meeting: { documents: 1, clientsPerDocument: 20, writersPerDocument: 2, editsPerSecond: 20, durationMs: 15_000, drainTimeoutMs: 15_000, ...connection },
  coalition: { documents: 20, clientsPerDocument: 10, writersPerDocument: 1, editsPerSecond: 5, durationMs: 15_000, drainTimeoutMs: 15_000, ...connection },
  coldOpen: { paragraphs: 5_000, paragraphChars: 200, opens: 5, settleMs: 1_000, openTimeoutMs: 30_000 },
  idleDocuments: { documents: 500, connectConcurrency: 25, syncTimeoutMs: 15_000, settleMs: 1_500 },
};

/** BENCH_QUICK=1: the same shapes, shorter and smaller, to check a change in about 2 minutes. */
export const quickConfig: BenchConfig = {
  ...fullConfig,
  name: 'quick',
  meeting: { ...fullConfig.meeting, durationMs: 3_000 },
  coalition: { ...fullConfig.coalition, durationMs: 3_000 },
  coldOpen: { ...fullConfig.coldOpen, opens: 3, settleMs: 500 },
  idleDocuments: { ...fullConfig.idleDocuments, documents: 100, settleMs: 500 },
};

/** For the correctness run in `npm test`: every code path, seconds per target, no timing meaning. */
export const tinyConfig: BenchConfig = {
  name: 'tiny',
  rounds: 1,
  meeting: { documents: 1, clientsPerDocument: 3, writersPerDocument: 1, editsPerSecond: 20, durationMs: 1_000, drainTimeoutMs: 10_000, ...connection },
  coalition: { documents: 2, clientsPerDocument: 3, writersPerDocument: 1, editsPerSecond: 20, durationMs: 500, drainTimeoutMs: 10_000, ...connection },
  coldOpen: { paragraphs: 200, paragraphChars: 100, opens: 2, settleMs: 200, openTimeoutMs: 15_000 },
  idleDocuments: { documents: 5, connectConcurrency: 5, syncTimeoutMs: 15_000, settleMs: 100 },
};
