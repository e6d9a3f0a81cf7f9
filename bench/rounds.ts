import type { RunningTarget, Target, TargetName } from './targets/target';

const maxServerOutputChars = 2_000;

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: string };

export interface RoundsOptions<R> {
  scenario: string;
  targets: readonly Target[];
  rounds: number;
  run: (server: RunningTarget, label: string) => Promise<R>;
  log: (line: string) => void;
}

/**
 * Runs one scenario `rounds` times on every target, each time on a freshly started
 * server (so its peak memory is this run's), in order A,B,C,D then D,C,B,A, … to
 * spread the machine's noise evenly. A failure is recorded, not thrown, so one
 * broken target still leaves the others' figures; the report makes it loud.
 */
export async function runRounds<R>({ scenario, targets, rounds, run, log }: RoundsOptions<R>): Promise<Map<TargetName, Outcome<R>[]>> {
  const outcomes = new Map<TargetName, Outcome<R>[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const label = `${scenario}-r${round}`;
      const started = performance.now();
      let outcome: Outcome<R>;
      let serverOutput = '';
      try {
        const server = await target.start();
        try {
          outcome = { ok: true, value: await run(server, label) };
        } finally {
          serverOutput = server.output();
          await server.stop();
        }
      } catch (error) {
        outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      outcomes.get(target.name)!.push(outcome);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(`${scenario} round ${round + 1}/${rounds} ${target.name}: ${outcome.ok ? 'ok' : `FAILED: ${outcome.error}`} (${seconds} s)`);
      if (!outcome.ok && serverOutput) log(`${target.name} printed:\n${serverOutput.slice(-maxServerOutputChars)}`);
    }
  }
  return outcomes;
}
