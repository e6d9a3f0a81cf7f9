import { parentPort, workerData } from 'node:worker_threads';
import { sleep } from '../timing';
import type { ProbeSample } from './healthzProbe';

/**
 * The probe's loop, in a thread of its own so that the harness's own work (replicas
 * applying updates, the fan-out's clients) never shows as the server's latency:
 * `GET /healthz` one request at a time on a kept-alive connection, `pauseMs` apart.
 */
const { url, pauseMs } = workerData as { url: string; pauseMs: number };
const samples: ProbeSample[] = [];
let running = true;

const clock = () => performance.timeOrigin + performance.now();

parentPort!.once('message', () => {
  running = false;
});

while (running) {
  const at = clock();
  let ok = true;
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    ok = response.ok;
  } catch {
    ok = false;
  }
  samples.push({ at, latencyMs: clock() - at, ok });
  await sleep(pauseMs);
}
parentPort!.postMessage(samples);
