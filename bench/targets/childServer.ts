import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEMORY_REPORT_SIGNAL, type MemoryReport, parseMemoryReport } from '../../server/src/memoryReport';
import { catchesSignal } from '../metrics/procStats';
import { withTimeout } from '../timing';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Every server process this harness started and has not stopped yet. */
const liveChildren = new Set<ChildProcess>();

/** SIGKILLs every server still running; safe to call from an exit handler (it is synchronous). */
export function killAllChildServers(): void {
  for (const child of liveChildren) child.kill('SIGKILL');
  liveChildren.clear();
}
// Whatever ends this process (a thrown error, a failed test run), no server outlives it.
process.once('exit', killAllChildServers);

/** Puts a process this harness started among those killed with it, until it exits. */
export function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

const startTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;
const keptOutputChars = 20_000;
const memoryReportTimeoutMs = 5_000;
/** Every server here announces itself with its URL on stdout once it listens. */
const readyLine = /http:\/\/127\.0\.0\.1:(\d+)/;

interface Launch {
  label: string;
  script: string;
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * A TypeScript entry point (relative to `cwd`, the repository root by default) run
 * as a server process, on a free port. It can be replaced by a fresh process with
 * the same command, which changes its pid and port.
 */
export class ChildServer {
  private child!: ChildProcess;
  private port_ = 0;
  private output_ = '';

  private constructor(private readonly launch: Launch) {}

  static async start(label: string, script: string, env: Record<string, string | undefined>, cwd = repoRoot): Promise<ChildServer> {
    const server = new ChildServer({ label, script, env, cwd });
    await server.spawn();
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get port(): number {
    return this.port_;
  }

  /** The tail of what the process printed. */
  output(): string {
    return this.output_;
  }

  assertAlive(): void {
    if (!this.isAlive()) {
      const { exitCode, signalCode } = this.child;
      throw new Error(`${this.launch.label} exited (code ${exitCode}, signal ${signalCode}):\n${this.output_}`);
    }
  }

  /**
   * Asks the process for its memory (SIGUSR2, `server/src/memoryReport.ts`) and waits for the
   * line it writes on stderr. Undefined if it has no handler for the signal (another checkout's
   * server, `BENCH_MINUTIER_ROOT`): the signal would kill it.
   */
  async memoryReport(): Promise<MemoryReport | undefined> {
    this.assertAlive();
    if (!catchesSignal(this.pid, MEMORY_REPORT_SIGNAL)) return undefined;
    const stderr = this.child.stderr!;
    let heard = '';
    let listen!: (chunk: Buffer) => void;
    const report = new Promise<MemoryReport>((resolveReport) => {
      listen = (chunk) => {
        heard += chunk.toString();
        // Only whole lines: a chunk may end inside the report.
        const parsed = parseMemoryReport(heard.slice(0, heard.lastIndexOf('\n') + 1));
        if (parsed) resolveReport(parsed);
      };
      stderr.on('data', listen);
    });
    try {
      this.child.kill(MEMORY_REPORT_SIGNAL);
      return await withTimeout(report, memoryReportTimeoutMs, `${this.launch.label} memory report`);
    } finally {
      stderr.off('data', listen);
    }
  }

  /** SIGKILL: like a crash, so a server must have stored what it acknowledged. */
  async stop(): Promise<void> {
    if (!this.isAlive()) return;
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    this.child.kill('SIGKILL');
    await withTimeout(exited, stopTimeoutMs, `${this.launch.label} stop`);
  }

  /** Stops the process and starts the same command again. */
  async restart(): Promise<void> {
    await this.stop();
    await this.spawn();
  }

  private isAlive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private async spawn(): Promise<void> {
    const { label, script, env, cwd } = this.launch;
    // --expose-gc lets a memory report collect garbage first; nothing else calls gc().
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    this.child = child;
    this.output_ = '';
    // Keep reading both pipes for the whole life of the process: a full pipe would block it.
    const keep = (chunk: Buffer) => {
      this.output_ = (this.output_ + chunk.toString()).slice(-keptOutputChars);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<void>((done) => child.once('exit', () => done()));

    this.port_ = await withTimeout(
      new Promise<number>((resolvePort, reject) => {
        const onData = () => {
          const match = readyLine.exec(this.output_);
          if (!match) return;
          child.stdout!.off('data', onData);
          resolvePort(Number(match[1]));
        };
        child.stdout!.on('data', onData);
        void exited.then(() => reject(new Error(`${label} exited before listening:\n${this.output_}`)));
      }),
      startTimeoutMs,
      `${label} start`,
    ).catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
  }
}
