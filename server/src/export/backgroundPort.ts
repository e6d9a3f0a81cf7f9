import { Socket } from 'node:net';
import { FrameReader, encodeFrame } from './backgroundFrames';

/** The environment variable that carries a background module's start-up data (JSON). */
export const BACKGROUND_DATA_VARIABLE = 'MINUTIER_BACKGROUND_DATA';

/** The file descriptor of the socket between the server and a background process. */
export const BACKGROUND_CHANNEL_FD = 3;

/** The server's side, as a background module (started by startBackgroundProcess) sees it. */
export interface BackgroundPort {
  on(event: 'message', listener: (message: never) => void): void;
  /** Sends a copy: JSON, with byte arrays written as they are (backgroundFrames). */
  postMessage(message: unknown): void;
}

/**
 * The channel to the server of a module run by `startBackgroundProcess`. When the server
 * goes (or closes the channel), the process ends rather than linger with its Chromium; a
 * frame it cannot read ends it too (the server then fails the job and starts another).
 */
export function backgroundPort(): BackgroundPort {
  const channel = new Socket({ fd: BACKGROUND_CHANNEL_FD, readable: true, writable: true });
  const listeners: Array<(message: never) => void> = [];
  const reader = new FrameReader((message) => {
    for (const listener of listeners) listener(message as never);
  });
  channel.on('data', (chunk: Buffer) => reader.push(chunk));
  channel.on('end', () => process.exit(0));
  channel.on('error', () => process.exit(1));
  return {
    on: (_event, listener) => void listeners.push(listener),
    postMessage(message) {
      channel.cork();
      for (const part of encodeFrame(message)) channel.write(part);
      channel.uncork();
    },
  };
}

/** The start-up data the server gave this process. */
export function backgroundData<T>(): T {
  return JSON.parse(process.env[BACKGROUND_DATA_VARIABLE] ?? 'null') as T;
}
