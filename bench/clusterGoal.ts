import { summarizeLatencies } from './metrics/percentiles';
import type { Outcome } from './rounds';
import type { FanOutResult } from './scenarios/fanOut';
import type { TargetName } from './targets/target';

/** Issue 18's goal: clients split over two instances on PostgreSQL + Redis keep p99 within this of one SQLite instance. */
export const clusterP99Goal = 1.3;

/**
 * The line under a fan-out table that says whether the cluster met issue 18's goal: its p99
 * over the single SQLite instance's, pooled and round by round (both ran in the same rounds,
 * so each round's ratio compares the same minutes of the machine's load), and whether
 * anything was lost. Undefined when the cluster did not run.
 */
export function clusterGoalLine(outcomes: Map<TargetName, Outcome<FanOutResult>[]>): string | undefined {
  const cluster = outcomes.get('minutier-cluster');
  const single = outcomes.get('minutier');
  if (!cluster || cluster.length === 0 || !single) return undefined;
  const failure = [...cluster, ...single].find((run) => !run.ok);
  if (failure && !failure.ok) return `**Cluster goal (issue 18): not judged**, a run failed: ${failure.error.split('\n')[0]}`;
  const values = (runs: Outcome<FanOutResult>[]) => runs.map((run) => (run as { value: FanOutResult }).value);
  const clusterRuns = values(cluster);
  const singleRuns = values(single);
  const p99 = (runs: FanOutResult[]) => summarizeLatencies(runs.flatMap((run) => run.delaysMs)).p99;
  const pooled = p99(clusterRuns) / p99(singleRuns);
  const perRound = clusterRuns.map((run, round) => p99([run]) / p99([singleRuns[round]!]));
  // A run that succeeded passed the fan-out's checks (every edit seen by every replica, replicas converged).
  const edits = clusterRuns.reduce((sum, run) => sum + run.editsMade, 0);
  const deliveries = clusterRuns.reduce((sum, run) => sum + run.delaysMs.length, 0);
  return [
    `**Cluster goal (issue 18)**: minutier-cluster p99 / minutier p99 = **${ratio(pooled)}** pooled`,
    `(per round: ${perRound.map(ratio).join(' / ')}); goal ≤ ${clusterP99Goal}×: **${pooled <= clusterP99Goal ? 'met' : 'not met'}**.`,
    `Nothing lost: all ${edits} edits reached every other replica (${deliveries} deliveries) and every document's replicas converged,`,
    `in ${clusterRuns.length} run(s).`,
  ].join(' ');
}

const ratio = (value: number): string => `${value.toFixed(2)}×`;
