export interface LatencySummary {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of delays in milliseconds. */
export function summarizeLatencies(delaysMs: readonly number[]): LatencySummary {
  if (delaysMs.length === 0) throw new Error('no latency samples');
  const sorted = Float64Array.from(delaysMs).sort();
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
  return { samples: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1]! };
}
