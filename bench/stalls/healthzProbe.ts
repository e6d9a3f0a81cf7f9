import { once } from 'node:events';
import { startTsWorker } from '../../server/src/export/tsWorker';
import { withTimeout } from '../timing';

/** One `/healthz` answer: when the request started (epoch milliseconds), its round trip, and whether it was a 200. */
export interface ProbeSample {
  at: number;
  latencyMs: number;
  ok: boolean;
}

/** A span of the run, in the probe's clock (epoch milliseconds, sub-millisecond). */
export interface Window {
  from: number;
  to: number;
}

export const probeClock = (): number => performance.timeOrigin + performance.now();

const stopTimeoutMs = 30_000;

/**
 * Asks the server's `/healthz` every `pauseMs` (plus the answer's own time) for as long as it
 * runs: `/healthz` does no work, so its round trip is how long the server's event loop made
 * a request wait. Runs in a worker thread (`healthzProbeWorker.ts`).
 */
export class HealthzProbe {
  private constructor(private readonly worker: ReturnType<typeof startTsWorker>) {}

  static start(origin: string, pauseMs: number): HealthzProbe {
    const worker = startTsWorker(new URL('./healthzProbeWorker.ts', import.meta.url), { url: `${origin}/healthz`, pauseMs });
    return new HealthzProbe(worker);
  }

  /** Ends the loop after the request in flight and returns every sample. */
  async stop(): Promise<ProbeSample[]> {
    const answer = once(this.worker, 'message') as Promise<[ProbeSample[]]>;
    const failed = once(this.worker, 'error').then(([error]) => Promise.reject(error as Error));
    this.worker.postMessage('stop');
    const [samples] = await withTimeout(Promise.race([answer, failed]), stopTimeoutMs, 'healthz probe stop');
    await this.worker.terminate();
    return samples;
  }
}

export interface StallSummary {
  samples: number;
  maxMs: number;
  p99Ms: number;
  /** Answers that took longer than 100 ms, and failed requests. */
  over100: number;
  failed: number;
}

/** The answers to requests started within any of `windows`. */
export function summarizeStalls(samples: readonly ProbeSample[], windows: readonly Window[]): StallSummary {
  const inside = samples.filter((sample) => windows.some((window) => sample.at >= window.from && sample.at <= window.to));
  const sorted = inside.map((sample) => sample.latencyMs).sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] ?? Number.NaN;
  return {
    samples: inside.length,
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    p99Ms: p99,
    over100: sorted.filter((latency) => latency > 100).length,
    failed: inside.filter((sample) => !sample.ok).length,
  };
}
