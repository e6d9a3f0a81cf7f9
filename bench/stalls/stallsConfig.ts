import type { FanOutParams } from '../scenarios/fanOut';

export interface StallsConfig {
  name: string;
  /** Rounds per action, each one fan-out run alone and one while the action repeats, in alternating order. */
  rounds: number;
  /** The meeting of `npm run bench`, smaller: 1 document × 10 clients, 2 writers × 20 edits/s. */
  fanOut: FanOutParams;
  /** Pause between two `/healthz` requests: with the answer's own time, one every 10–20 ms. */
  probePauseMs: number;
  /**
   * Pause after the preparation and after each run of the action, so that what an action
   * leaves behind (indexes, compaction after the room closes) is not counted as « alone ».
   */
  settleMs: number;
  /** Copies of the sample minutes in the exported and imported compte-rendu (26: about 100 pages). */
  copies: number;
  longLog: { updates: number; perTick: number };
  largeDocument: { paragraphs: number; paragraphChars: number };
}

const fanOut: FanOutParams = {
  documents: 1,
  clientsPerDocument: 10,
  writersPerDocument: 2,
  editsPerSecond: 20,
  durationMs: 10_000,
  drainTimeoutMs: 15_000,
  connectConcurrency: 10,
  syncTimeoutMs: 15_000,
};

/** About 5 minutes on 2 cores. */
export const fullStallsConfig: StallsConfig = {
  name: 'full',
  rounds: 2,
  fanOut,
  probePauseMs: 10,
  settleMs: 2_000,
  copies: 26,
  longLog: { updates: 20_000, perTick: 40 },
  largeDocument: { paragraphs: 5_000, paragraphChars: 200 },
};

/** BENCH_STALLS_QUICK=1: one round of shorter fan-outs, about a minute. */
export const quickStallsConfig: StallsConfig = {
  ...fullStallsConfig,
  name: 'quick',
  rounds: 1,
  fanOut: { ...fanOut, durationMs: 3_000 },
};
