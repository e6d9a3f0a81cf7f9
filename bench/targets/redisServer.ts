import { spawn } from 'node:child_process';
import { freePort } from '../../server/src/testing/redisProcess';
import { withTimeout } from '../timing';
import { trackChild } from './childServer';

const startTimeoutMs = 10_000;
const stopTimeoutMs = 5_000;

export interface BenchRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * A `redis-server` of the run's own, as the tests start theirs (`server/src/testing/redisProcess.ts`:
 * free port, no persistence), but tracked like the bench's servers, so an interrupted run
 * (Ctrl-C, `killAllChildServers`) does not leave it behind.
 */
export async function startBenchRedis(): Promise<BenchRedis> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  await withTimeout(
    new Promise<void>((ready, failed) => {
      // Both pipes stay read for the process's whole life: a full pipe would block it.
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-10_000);
        if (output.includes('Ready to accept connections')) ready();
      };
      child.stdout!.on('data', keep);
      child.stderr!.on('data', keep);
      child.once('error', failed);
      void exited.then(() => failed(new Error(`redis-server exited before it was ready: ${output}`)));
    }),
    startTimeoutMs,
    'redis-server start',
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await withTimeout(exited, stopTimeoutMs, 'redis-server stop');
    },
  };
}
