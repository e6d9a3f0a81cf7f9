import type { HostileTally } from '../../server/src/testing/hostileSocket';
import type { ProcessSample } from '../metrics/procStats';
import type { HealthSummary } from './healthWatch';

export interface FuzzOutcome {
  seed: number;
  framesWanted: number;
  tally: HostileTally;
  /** Hostile accounts invited: the relay holds one off a document after a few refusals. */
  accountsCreated: number;
  /** Why the run stopped before sending every frame, if it did. */
  abortedBy: string | undefined;
  health: HealthSummary;
  /** Documents in the database after the run, and how many of them had converged honest clients. */
  documents: number;
  honestDocuments: number;
  convergenceProblems: string[];
  storedProblems: string[];
  /** The server process just before it was stopped (zeros if it had exited). */
  usage: ProcessSample;
  wallSeconds: number;
}

const shownProblems = 10;
const count = (n: number): string => n.toLocaleString('en-US');
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Prints the figures of a run and answers whether it passed. */
export function printFuzzReport(outcome: FuzzOutcome): boolean {
  const { tally, health } = outcome;
  const sent = [...tally.sentByKind.values()].reduce((sum, n) => sum + n, 0);
  const lines = [`npm run fuzz — seed ${outcome.seed}, ${count(sent)} of ${count(outcome.framesWanted)} frames sent, ${outcome.wallSeconds.toFixed(1)} s`];

  lines.push('', 'frames sent by kind:');
  const families = new Map<string, number>();
  for (const [kind, n] of tally.sentByKind) families.set(kind.split(':')[0]!, (families.get(kind.split(':')[0]!) ?? 0) + n);
  for (const [family, n] of [...families].sort()) {
    lines.push(`  ${family.padEnd(34)} ${count(n).padStart(9)}`);
    for (const [kind, m] of [...tally.sentByKind].filter(([kind]) => kind.startsWith(`${family}:`)).sort()) {
      lines.push(`    ${kind.slice(family.length + 1).padEnd(32)} ${count(m).padStart(9)}`);
    }
  }
  lines.push('', `hostile accounts: ${count(outcome.accountsCreated)}`);
  lines.push('', 'closes by code:', ...[...tally.closesByCode].sort(([a], [b]) => a - b).map(([code, n]) => `  ${code}  ${count(n)}`));
  lines.push('', `R6/R8 breaches: ${count(tally.violationCount)}`, ...tally.violations.slice(0, shownProblems).map((v) => `  ${v}`));

  lines.push(
    '',
    `server: ${outcome.abortedBy ? `STOPPED EARLY: ${outcome.abortedBy}` : 'alive until stopped'}`,
    `  /healthz: ${count(health.checks)} checks, ${count(health.failures)} failed, latency max ${health.maxLatencyMs.toFixed(1)} ms`,
    `  CPU ${outcome.usage.cpuSeconds.toFixed(1)} s, RSS at the end ${megabytes(outcome.usage.rssBytes)}, peak ${megabytes(outcome.usage.peakRssBytes)}`,
  );
  lines.push('', `honest clients: converged in ${outcome.honestDocuments} documents`, ...outcome.convergenceProblems.slice(0, shownProblems).map((p) => `  ${p}`));
  lines.push(
    '',
    `stored state (SQLite, after the server stopped): ${outcome.documents} documents, ${outcome.storedProblems.length ? `${outcome.storedProblems.length} problems` : 'all load cleanly'}`,
    ...outcome.storedProblems.slice(0, shownProblems).map((p) => `  ${p}`),
  );

  const passed =
    !outcome.abortedBy &&
    sent >= outcome.framesWanted &&
    tally.violationCount === 0 &&
    health.failures === 0 &&
    outcome.convergenceProblems.length === 0 &&
    outcome.storedProblems.length === 0;
  lines.push('', passed ? 'PASSED' : 'FAILED');
  console.log(lines.join('\n'));
  return passed;
}
