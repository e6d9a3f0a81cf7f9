import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const builtClient = join(repositoryRoot, 'dist/client');
const READY_TIMEOUT_MS = 30_000;

export interface Credentials {
  email: string;
  password: string;
}

/** The coordination account the server creates on first start (MINUTIER_ADMIN_*). */
export const E2E_ADMIN: Credentials = { email: 'coordination@minutier.test', password: 'mot de passe des tests e2e' };
const STOP_TIMEOUT_MS = 5_000;

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  dataDir: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  /** Stops the process; the data directory is removed unless `keepData` is set. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface ServerOptions {
  /** Seeds the demo collective and its series, as a first start does by default; off unless asked. */
  demoContent?: boolean;
  /** Defaults to 0: any free port. */
  port?: number;
  /** Defaults to a fresh temporary directory; pass one to restart on existing data. */
  dataDir?: string;
  /**
   * The coordination account created on first start (MINUTIER_ADMIN_*), `E2E_ADMIN` by
   * default; `null` starts as a new installation does, printing a one-time setup link.
   */
  admin?: Credentials | null;
  /** More environment variables for the server (e.g. `SMTP_URL` and `MAIL_FROM` of a test SMTP server). */
  env?: Record<string, string>;
}

/**
 * Starts the real server as a child process, exactly as `npm start` would but without demo
 * content (unless `demoContent`), and resolves once it prints its URL.
 */
export async function startServer({ port = 0, dataDir, admin = E2E_ADMIN, demoContent = false, env = {} }: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(join(builtClient, 'index.html'))) {
    throw new Error('dist/client is missing: run `npx vite build` before the e2e tests.');
  }
  const clientDirectory = await snapshotBuiltClient();
  const dataDirectory = dataDir ?? (await mkdtemp(join(tmpdir(), 'minutier-e2e-')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repositoryRoot,
    env: {
      ...inheritedEnv(),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDirectory,
      STATIC_DIR: clientDirectory,
      DEMO_CONTENT: String(demoContent),
      ...(admin ? { MINUTIER_ADMIN_EMAIL: admin.email, MINUTIER_ADMIN_PASSWORD: admin.password } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async ({ keepData = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(clientDirectory, { recursive: true, force: true });
    if (!keepData) await rm(dataDirectory, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server not ready after ${READY_TIMEOUT_MS} ms:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        const match = /http:\/\/[^\s"']+/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(new URL(match[0]).origin);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited before being ready (${signal ?? code}):\n${output}`));
      });
    });
    return { url, port: Number(new URL(url).port), dataDir: dataDirectory, output: () => output, stop };
  } catch (error) {
    // A directory passed in belongs to the caller (it may hold data from a previous run).
    await stop({ keepData: dataDir !== undefined });
    throw error;
  }
}

/** This process's environment, less an admin account of its own: the server gets only the one asked for. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.MINUTIER_ADMIN_EMAIL;
  delete env.MINUTIER_ADMIN_PASSWORD;
  return env;
}

/**
 * A private copy of the built client for one server. A `vite build` run meanwhile (from
 * another terminal) empties dist/client and renames every asset: a server serving it
 * directly would hand pages an index.html whose scripts no longer exist.
 */
async function snapshotBuiltClient(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const directory = await mkdtemp(join(tmpdir(), 'minutier-e2e-client-'));
    await cp(builtClient, directory, { recursive: true }).catch(() => undefined);
    if (await referencesResolve(directory)) return directory;
    await rm(directory, { recursive: true, force: true });
    if (attempt === 10) throw new Error('dist/client keeps changing: is a `vite build` running?');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** True when the copy has an index.html and every asset it loads (a build was not half-way). */
async function referencesResolve(directory: string): Promise<boolean> {
  const index = await readFile(join(directory, 'index.html'), 'utf8').catch(() => null);
  if (index === null) return false;
  const assets = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1] as string);
  return assets.length > 0 && assets.every((asset) => existsSync(join(directory, asset)));
}
