/**
 * `npm run bench`: the four scenarios of issue 8 against every target, each run on
 * a fresh server process, rounds alternating the target order. Prints the report
 * and writes it to bench/results/latest.md; exits non-zero if any run failed its
 * checks (an edit lost, replicas diverged, a server died). BENCH_QUICK=1: short version.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fullConfig, quickConfig } from './benchConfig';
import { allSucceeded, renderReport } from './report';
import { runRounds } from './rounds';
import { runColdOpen } from './scenarios/coldOpen';
import { runFanOut } from './scenarios/fanOut';
import { runIdleDocuments } from './scenarios/idleDocuments';
import { allTargets } from './targets/allTargets';
import { killAllChildServers, repoRoot } from './targets/childServer';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllChildServers();
    process.exit(130);
  });
}

const config = process.env.BENCH_QUICK === '1' ? quickConfig : fullConfig;
const log = (line: string) => console.error(`[bench] ${line}`);
const startedAt = new Date();
const common = { targets: allTargets, rounds: config.rounds, log };
// BENCH_ONLY=cold-open,meeting runs those scenarios alone (the others are reported as not run).
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const skipped = (scenario: string) => only !== undefined && !only.includes(scenario);

const meeting = skipped('meeting')
  ? new Map()
  : await runRounds({ ...common, scenario: 'meeting', run: (server, label) => runFanOut(server, config.meeting, label) });
const coalition = skipped('coalition')
  ? new Map()
  : await runRounds({ ...common, scenario: 'coalition', run: (server, label) => runFanOut(server, config.coalition, label) });
const coldOpen = skipped('cold-open')
  ? new Map()
  : await runRounds({
      ...common,
      targets: allTargets.filter((target) => target.holdsState),
      scenario: 'cold-open',
      run: (server, label) => runColdOpen(server, config.coldOpen, label),
    });
const idleDocuments = skipped('idle')
  ? new Map()
  : await runRounds({
      ...common,
      targets: allTargets.filter((target) => target.measuresIdleDocuments),
      scenario: 'idle',
      run: (server, label) => runIdleDocuments(server, config.idleDocuments, label),
    });

const results = { config, startedAt, elapsedSeconds: (Date.now() - startedAt.getTime()) / 1000, meeting, coalition, coldOpen, idleDocuments };
const report = renderReport(results);
console.log(report);
const resultsDir = join(repoRoot, 'bench/results');
await mkdir(resultsDir, { recursive: true });
await writeFile(join(resultsDir, 'latest.md'), report);
log(`report written to bench/results/latest.md`);
if (!allSucceeded(results)) {
  log('some runs FAILED their checks: see the report');
  process.exitCode = 1;
}
