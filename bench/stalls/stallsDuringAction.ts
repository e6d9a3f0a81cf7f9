import { summarizeLatencies } from '../metrics/percentiles';
import { runFanOut } from '../scenarios/fanOut';
import { minutierTarget } from '../targets/minutier';
import { sleep } from '../timing';
import { HealthzProbe, type ProbeSample, type StallSummary, type Window, probeClock, summarizeStalls } from './healthzProbe';
import type { StallsConfig } from './stallsConfig';
import { type RepeatedAction, apiOf, repeatAction, type UserAction } from './userAction';

export interface ActionStalls {
  action: string;
  /** `/healthz` while the action repeated, and during the fan-out runs alone. */
  during: StallSummary;
  alone: StallSummary;
  /** Fan-out p99 of each round, alone and during the action (ratios are taken within a round). */
  fanOutP99: Array<{ alone: number; during: number }>;
  runs: number;
  failures: number;
  firstFailure: string | undefined;
  medianActionMs: number;
}

/**
 * One action on a fresh server (`minutierTarget`: its own process, fresh data directory):
 * prepared (with a warm-up run where a first run would start something, such as Chromium),
 * then `rounds` rounds of the fan-out alone and while the action repeats, the order
 * alternating, with a pause after each run of the action. The `/healthz` probe runs from the
 * end of the preparation to the last round's end.
 */
export async function runStallsDuringAction(action: UserAction, config: StallsConfig, log: (line: string) => void): Promise<ActionStalls> {
  const server = await minutierTarget.start();
  try {
    const preparing = performance.now();
    const prepared = await action.prepare(server);
    log(`${action.name}: prepared in ${Math.round(performance.now() - preparing)} ms`);
    await sleep(config.settleMs);

    const probe = HealthzProbe.start((await apiOf(server)).origin, config.probePauseMs);
    const aloneWindows: Window[] = [];
    const repeated: RepeatedAction[] = [];
    const fanOutP99: ActionStalls['fanOutP99'] = [];
    let samples: ProbeSample[];
    try {
      for (let round = 0; round < config.rounds; round++) {
        const p99 = { alone: Number.NaN, during: Number.NaN };
        for (const condition of round % 2 === 0 ? (['alone', 'during'] as const) : (['during', 'alone'] as const)) {
          const label = `stalls-r${round}-${condition}`;
          if (condition === 'alone') {
            const from = probeClock();
            p99.alone = summarizeLatencies((await runFanOut(server, config.fanOut, label)).delaysMs).p99;
            aloneWindows.push({ from, to: probeClock() });
          } else {
            const running = repeatAction(prepared);
            try {
              p99.during = summarizeLatencies((await runFanOut(server, config.fanOut, label)).delaysMs).p99;
            } finally {
              repeated.push(await running.stop());
            }
            await sleep(config.settleMs);
          }
        }
        fanOutP99.push(p99);
        log(`${action.name}, round ${round + 1}: fan-out p99 ${p99.alone.toFixed(1)} ms alone, ${p99.during.toFixed(1)} ms during`);
      }
    } finally {
      samples = await probe.stop();
    }
    server.assertAlive();
    const durations = repeated.flatMap((run) => run.durationsMs).sort((a, b) => a - b);
    return {
      action: action.name,
      during: summarizeStalls(samples, repeated),
      alone: summarizeStalls(samples, aloneWindows),
      fanOutP99,
      runs: repeated.reduce((sum, run) => sum + run.runs, 0),
      failures: repeated.reduce((sum, run) => sum + run.failures, 0),
      firstFailure: repeated.find((run) => run.firstFailure)?.firstFailure,
      medianActionMs: durations[Math.floor(durations.length / 2)] ?? Number.NaN,
    };
  } finally {
    await server.stop();
  }
}
