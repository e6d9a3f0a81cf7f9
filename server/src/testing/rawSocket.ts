import { WebSocket } from 'ws';

/** A bare WebSocket that records what the relay sends and how it closes, for protocol tests. */
export interface RawSocket {
  socket: WebSocket;
  frames: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array): void;
}

/** Opens `<collabUrl>/<documentId>` with `?token=` when given, plus any other query parameters. */
export function openRawSocket(
  collabUrl: string,
  documentId: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): RawSocket {
  const query = new URLSearchParams(params).toString();
  const socket = new WebSocket(`${collabUrl}/${documentId}${query ? `?${query}` : ''}`, { headers });
  const frames: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { socket, frames, opened, closed, send: (frame) => socket.send(frame) };
}
