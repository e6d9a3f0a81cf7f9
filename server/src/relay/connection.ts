import type { WebSocket } from 'ws';

let nextConnectionId = 1;

/**
 * One client socket in a room: what it may send to, whether it still answers pings,
 * and which awareness client ids it speaks for (removed for everyone when it closes).
 */
export class Connection {
  readonly id = nextConnectionId++;
  readonly awarenessClients = new Set<number>();
  alive = true;
  closed = false;

  constructor(readonly socket: WebSocket) {
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(frame, (error) => {
      // A failed send means the socket is gone; its close handler does the cleanup.
      if (error) this.socket.terminate();
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }

  /** Called by the relay's heartbeat: a socket that missed the last ping is dropped. */
  heartbeat(): void {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }
}
