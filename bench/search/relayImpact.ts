/**
 * `npx tsx bench/search/relayImpact.ts`: the relay's « meeting » fan-out (issue 8: 20
 * clients, 2 writers, 20 edits/s) run long enough (BENCH_SEARCH_RELAY_MS, 35 s) for the
 * SearchMirror's longest wait (30 s of typing without a pause) to index the document while
 * edits flow, so that its cost, if any, shows in the broadcast latency (SPEC Q4). Run it
 * with BENCH_MINUTIER_ROOT=<checkout without search> for the figures before.
 */
import { fullConfig } from '../benchConfig';
import { summarizeLatencies } from '../metrics/percentiles';
import { runFanOut } from '../scenarios/fanOut';
import { killAllChildServers } from '../targets/childServer';
import { minutierTarget } from '../targets/minutier';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllChildServers();
    process.exit(130);
  });
}

const durationMs = Number(process.env.BENCH_SEARCH_RELAY_MS ?? 35_000);
const server = await minutierTarget.start();
try {
  const result = await runFanOut(server, { ...fullConfig.meeting, durationMs }, 'search-relay');
  const latency = summarizeLatencies(result.delaysMs);
  const fixed = (value: number) => value.toFixed(2);
  console.log(
    `${process.env.BENCH_MINUTIER_ROOT ?? 'this checkout'}: ${result.editsMade} edits, ${latency.samples} deliveries, ` +
      `p50 ${fixed(latency.p50)} ms, p95 ${fixed(latency.p95)} ms, p99 ${fixed(latency.p99)} ms, max ${fixed(latency.max)} ms, ` +
      `CPU ${result.cpuSeconds.toFixed(2)} s`,
  );
} finally {
  await server.stop();
}
