import { type ChildProcess, spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { EventEmitter, once } from 'node:events';
import { existsSync } from 'node:fs';
import { FrameReader, encodeFrame } from './backgroundFrames';
import { BACKGROUND_CHANNEL_FD, BACKGROUND_DATA_VARIABLE } from './backgroundPort';
import { BACKGROUND_NICE } from './backgroundPriority';
import { tsBootstrap } from './tsWorker';

/**
 * The two programs that start a process at the lowest priority before Node creates a single
 * thread: every thread of it (V8's garbage-collection helpers, libuv's pool) and every process
 * it starts (Chromium) inherit SCHED_IDLE and nice 19. Without them (not Linux), Node alone.
 */
const CHRT = '/usr/bin/chrt';
const NICE = '/usr/bin/nice';

/** The part of worker_threads' `Worker` the export pool and the PDF printer use. */
export interface BackgroundWorker {
  on(event: 'message', listener: (message: never) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  /** Sends a copy: JSON, with byte arrays written as they are (backgroundFrames); do not change them after. */
  postMessage(message: unknown): void;
  /** Whether a busy process keeps the server's process alive (an idle one never does). */
  ref(): void;
  unref(): void;
  /** Ends the process; resolves with its exit code once it is gone. */
  terminate(): Promise<number>;
}

/**
 * A TypeScript module run in a Node process of its own at the lowest priority (E1). Export
 * work ran in worker threads at nice 19 and SCHED_IDLE, but a worker's heap is collected by
 * V8 helper threads shared with the event loop and running at the server's priority: during
 * a long export they took CPU from the relay, and the relay's p99 grew by a third or more. A
 * process of its own puts all of that work at the lowest priority. The module talks to the
 * server through `backgroundPort`; it ends when the server's channel closes.
 */
export function startBackgroundProcess(module: URL, data?: unknown): BackgroundWorker {
  // One thread does all of V8's work (no parallel or concurrent garbage collection): the export
  // takes one core at a time instead of spreading over both and their caches.
  const node = [process.execPath, '--single-threaded-gc', '--input-type=module', '--eval', tsBootstrap(module)];
  const command = [
    ...(existsSync(NICE) ? [NICE, '-n', String(BACKGROUND_NICE)] : []),
    ...(existsSync(CHRT) ? [CHRT, '--idle', '0'] : []),
    ...node,
  ];
  const child = spawn(command[0] as string, command.slice(1), {
    // The channel is a socket at fd 3 (BACKGROUND_CHANNEL_FD), carrying backgroundFrames.
    stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
    env: { ...process.env, [BACKGROUND_DATA_VARIABLE]: JSON.stringify(data ?? null) },
  });
  return new ChildWorker(child);
}

class ChildWorker implements BackgroundWorker {
  private readonly events = new EventEmitter();
  private readonly channel: Socket;
  private exitCode: number | undefined;

  constructor(private readonly child: ChildProcess) {
    this.channel = child.stdio[BACKGROUND_CHANNEL_FD] as Socket;
    const reader = new FrameReader((message) => this.events.emit('message', message));
    this.channel.on('data', (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch (error) {
        // Our own process wrote something that is not a frame: it cannot be trusted any more.
        this.events.emit('error', error);
        child.kill('SIGKILL');
      }
    });
    // A write to a process that just ended: its `exit` fails what it was doing.
    this.channel.on('error', () => undefined);
    child.on('error', (error) => this.events.emit('error', error));
    child.on('exit', (code, signal) => {
      this.exitCode = code ?? (signal ? 1 : 0);
      this.events.emit('exit', this.exitCode);
    });
  }

  on(event: 'message', listener: (message: never) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  on(event: string, listener: (value: never) => void): this {
    this.events.on(event, listener as (value: unknown) => void);
    return this;
  }

  postMessage(message: unknown): void {
    // A process that is gone fails its jobs through its `exit` event.
    if (this.exitCode !== undefined || this.channel.destroyed) return;
    this.channel.cork();
    for (const part of encodeFrame(message)) this.channel.write(part);
    this.channel.uncork();
  }

  ref(): void {
    this.child.ref();
    this.channel.ref();
  }

  unref(): void {
    this.child.unref();
    this.channel.unref();
  }

  async terminate(): Promise<number> {
    if (this.exitCode !== undefined) return this.exitCode;
    const exited = once(this.events, 'exit') as Promise<[number]>;
    this.child.kill('SIGKILL');
    const [code] = await exited;
    return code;
  }
}
