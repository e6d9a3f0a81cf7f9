import type { RunningTarget } from '../targets/target';
import { probeClock } from './healthzProbe';

/** Something a user does to a server, which the benchmark repeats while others co-edit. */
export interface UserAction {
  name: string;
  /**
   * Sets up what the action needs on this server (a document to export, a file to import),
   * and runs it once where a first run starts what later ones reuse (the export worker, Chromium).
   */
  prepare(server: RunningTarget): Promise<PreparedAction>;
}

export interface PreparedAction {
  /** Does the action once, start to end; throws if the server did not do it. */
  once(): Promise<void>;
}

export interface RepeatedAction {
  runs: number;
  failures: number;
  /** The first failure's message, for the report. */
  firstFailure: string | undefined;
  durationsMs: number[];
  /** From the first action's start to the last one's end, in the probe's clock. */
  from: number;
  to: number;
}

/**
 * Runs the action over and over, one at a time, until `stop`, which waits for the one in
 * flight (its effect on the server lasts until it ends). A failure is counted and the
 * loop goes on: the report shows it.
 */
export function repeatAction(action: PreparedAction): { stop(): Promise<RepeatedAction> } {
  let stopping = false;
  const result: RepeatedAction = { runs: 0, failures: 0, firstFailure: undefined, durationsMs: [], from: probeClock(), to: Number.NaN };
  const loop = (async () => {
    while (!stopping) {
      const started = performance.now();
      try {
        await action.once();
        result.runs++;
        result.durationsMs.push(performance.now() - started);
      } catch (error) {
        result.failures++;
        result.firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
    result.to = probeClock();
  })();
  return {
    async stop() {
      stopping = true;
      await loop;
      return result;
    },
  };
}

/** The server's HTTP origin and the API token's header, from the target's connection request. */
export async function apiOf(server: RunningTarget): Promise<{ origin: string; headers: Record<string, string> }> {
  const { url, headers } = await server.connectionRequest('');
  return { origin: `http://${new URL(url).host}`, headers };
}
