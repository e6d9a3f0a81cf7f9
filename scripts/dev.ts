/**
 * `npm run dev`: the server on port 3001 (restarted on change by tsx watch) and the Vite dev
 * server, which proxies /api, /healthz and /collab to it (see vite.config.ts). Both outputs
 * are forwarded with a prefix; Ctrl-C, or either process dying, stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

interface Task {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const tasks: Task[] = [
  {
    name: 'serveur',
    command: process.execPath,
    args: ['node_modules/tsx/dist/cli.mjs', 'watch', 'server/src/main.ts'],
    env: { PORT: '3001', HOST: '127.0.0.1' },
  },
  { name: 'vite', command: process.execPath, args: ['node_modules/vite/bin/vite.js'] },
];

const children: ChildProcess[] = [];
let stopping = false;

function forward(stream: NodeJS.ReadableStream | null, prefix: string, out: NodeJS.WriteStream): void {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => out.write(`${prefix} ${line}\n`));
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * Stops both processes, escalating: SIGTERM after `graceMs`, SIGKILL 3 s later. A Ctrl-C in
 * the terminal already reached the children (same process group), and a second signal makes
 * tsx watch kill the server without letting it close its storage, hence the grace period.
 */
function stopAll(exitCode: number, graceMs: number): void {
  if (stopping) return;
  stopping = true;
  const exited = children.map((child) =>
    isRunning(child) ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve(),
  );
  void Promise.all(exited).then(() => process.exit(exitCode));
  setTimeout(() => {
    for (const child of children.filter(isRunning)) child.kill('SIGTERM');
  }, graceMs).unref();
  setTimeout(() => {
    for (const child of children.filter(isRunning)) child.kill('SIGKILL');
    process.exit(exitCode);
  }, graceMs + 3000).unref();
}

for (const task of tasks) {
  const child = spawn(task.command, task.args, {
    env: { ...process.env, ...task.env, FORCE_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${task.name}]`;
  forward(child.stdout, prefix, process.stdout);
  forward(child.stderr, prefix, process.stderr);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${prefix} s'est arrêté (${signal ?? `code ${code}`}) ; arrêt de l'autre processus.`);
    stopAll(code ?? 1, 0);
  });
  children.push(child);
}

process.on('SIGINT', () => stopAll(0, 500));
process.on('SIGTERM', () => stopAll(0, 500));
