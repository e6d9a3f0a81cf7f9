import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (every start, when restarted). */
  output(): string;
  /** SIGKILL, like a crash or a power cut of the process; SIGTERM, as an operator stops it. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again, on the same port, with the same environment. */
  restart(): Promise<void>;
}

/** Starts `server/src/main.ts` as its own process on a free port (or `PORT`) and waits for its URL. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  let output = '';
  const launch = async (port: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, HOST: '127.0.0.1', DEMO_CONTENT: 'false', ...env, PORT: port },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = output.length;
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output.slice(started));
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[0]);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
    return { child, url };
  };
  let running = await launch(env.PORT ?? '0');
  const port = new URL(running.url).port;
  return {
    url: running.url,
    get child() {
      return running.child;
    },
    output: () => output,
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((done) => {
        const { child } = running;
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
    async restart() {
      running = await launch(port);
    },
  };
}

/** The JSON lines a server process logged (one event each). */
export function loggedEvents(server: ServerProcess): Array<Record<string, unknown>> {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
