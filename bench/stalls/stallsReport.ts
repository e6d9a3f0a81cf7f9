import { cpus, loadavg } from 'node:os';
import type { StallSummary } from './healthzProbe';
import type { StallsConfig } from './stallsConfig';
import type { ActionStalls } from './stallsDuringAction';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
};

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');

const stalls = (summary: StallSummary) =>
  `${ms(summary.maxMs)} / ${ms(summary.p99Ms)} / ${summary.over100} of ${summary.samples}${summary.failed ? ` (${summary.failed} failed)` : ''}`;

/** The markdown report: one row per action, then the load the machine carried meanwhile. */
export function renderStallsReport(
  results: ActionStalls[],
  crashed: ReadonlyArray<{ action: string; error: string }>,
  config: StallsConfig,
  startedAt: Date,
  loadBefore: number[],
): string {
  const { fanOut } = config;
  const lines = [
    `# Event-loop stalls from what users do (issue 21, point 3) — ${config.name} run, ${startedAt.toISOString()}`,
    '',
    `\`/healthz\` asked one request at a time (${config.probePauseMs} ms apart) from a thread of its own; fan-out: ` +
      `${fanOut.documents} document × ${fanOut.clientsPerDocument} clients, ${fanOut.writersPerDocument} writers × ${fanOut.editsPerSecond} edits/s, ` +
      `${fanOut.durationMs / 1000} s, alone and while the action repeats, ${config.rounds} round(s) per action, order alternating. ` +
      `Each action on a fresh server (its own process and data directory), after a warm-up where a first run starts something; ${config.settleMs / 1000} s pause after each run of the action.`,
    '',
    '| action | runs (failed) | median run | /healthz during: max / p99 / >100 ms | /healthz alone: max / p99 / >100 ms | fan-out p99 alone → during | ratio per round |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    const ratios = result.fanOutP99.map(({ alone, during }) => (during / alone).toFixed(2));
    const alone = median(result.fanOutP99.map((round) => round.alone));
    const during = median(result.fanOutP99.map((round) => round.during));
    lines.push(
      `| ${result.action} | ${result.runs} (${result.failures}) | ${ms(result.medianActionMs)} | ${stalls(result.during)} | ${stalls(result.alone)} | ` +
        `${ms(alone)} → ${ms(during)} | ${ratios.map((ratio) => `${ratio}×`).join(', ')} |`,
    );
  }
  for (const { action, error } of crashed) lines.push(`| ${action} | FAILED: ${error.split('\n')[0]} | | | | | |`);
  const failures = results.filter((result) => result.firstFailure);
  if (failures.length > 0) {
    lines.push('', 'First failure per action:');
    for (const result of failures) lines.push(`- ${result.action}: ${result.firstFailure}`);
  }
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  lines.push(
    '',
    `Machine: ${cpus().length} cores; load average ${load(loadBefore)} before, ${load(loadavg())} after. ` +
      'On a shared machine one round moves with the neighbours’ load: compare rounds of one run, not runs.',
  );
  return `${lines.join('\n')}\n`;
}
