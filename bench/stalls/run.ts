/**
 * `npm run bench:stalls` (issue 21, point 3: no event-loop stall above 100 ms from anything
 * a user does): for each action — exporting, importing, opening a long log, writing a large
 * document — a fresh real server, a `/healthz` probe every 10–20 ms, and the meeting fan-out
 * alone and while the action repeats. Prints the table and writes bench/results/stalls.md.
 * BENCH_STALLS_QUICK=1: about a minute; BENCH_STALLS_ONLY=export,import,long-log,large-document
 * runs some actions only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { killAllChildServers, repoRoot } from '../targets/childServer';
import { exportAction } from './exportAction';
import { importAction } from './importAction';
import { largeDocumentAction } from './largeDocumentAction';
import { longLogAction } from './longLogAction';
import { fullStallsConfig, quickStallsConfig } from './stallsConfig';
import { type ActionStalls, runStallsDuringAction } from './stallsDuringAction';
import { renderStallsReport } from './stallsReport';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllChildServers();
    process.exit(130);
  });
}

const config = process.env.BENCH_STALLS_QUICK === '1' ? quickStallsConfig : fullStallsConfig;
const log = (line: string) => console.error(`[bench:stalls] ${line}`);
const only = process.env.BENCH_STALLS_ONLY?.split(',').map((name) => name.trim());
const actions = [
  { key: 'export', action: exportAction(config.copies) },
  { key: 'import', action: importAction(config.copies) },
  { key: 'long-log', action: longLogAction(config.longLog.updates, config.longLog.perTick) },
  { key: 'large-document', action: largeDocumentAction(config.largeDocument.paragraphs, config.largeDocument.paragraphChars) },
].filter(({ key }) => only === undefined || only.includes(key));

const startedAt = new Date();
const loadBefore = loadavg();
const results: ActionStalls[] = [];
/** An action whose run threw (its server died, a fan-out lost an edit): reported, and the others still run. */
const crashed: Array<{ action: string; error: string }> = [];
for (const { action } of actions) {
  const started = performance.now();
  try {
    results.push(await runStallsDuringAction(action, config, log));
    log(`${action.name}: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    crashed.push({ action: action.name, error: error instanceof Error ? error.message : String(error) });
    log(`${action.name}: FAILED: ${crashed.at(-1)?.error}`);
  }
}

const report = renderStallsReport(results, crashed, config, startedAt, loadBefore);
console.log(report);
const resultsDir = join(repoRoot, 'bench/results');
await mkdir(resultsDir, { recursive: true });
await writeFile(join(resultsDir, 'stalls.md'), report);
log(`report written to bench/results/stalls.md (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`);
if (crashed.length > 0 || results.some((result) => result.failures > 0)) {
  log('some actions FAILED: see the report');
  process.exitCode = 1;
}
