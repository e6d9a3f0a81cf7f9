import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { AccountSignature } from '../../../shared/model/accountSignature';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { presenceLimits } from './awarenessStates';
import { encodePermissionDenied } from './frames';
import { TokenBucket } from './tokenBucket';
import { UpdatesAheadOfSync } from './updatesAheadOfSync';

let nextConnectionId = 1;

/** Who opened a connection, and with which credential (so revoking it closes the socket). */
export interface ConnectionOwner {
  userId: string;
  credential: { kind: 'session' | 'token'; id: string };
  /** The account's name and association: what its presence shows (R22) and its suggestions carry (R21). */
  signature: AccountSignature;
}

/**
 * One client socket in a room: who it belongs to, whether it may write, whether it
 * still answers pings, and which awareness client ids it speaks for (removed for
 * everyone when it closes).
 */
export class Connection {
  readonly id = nextConnectionId++;
  /** The awareness client ids this connection introduced: only it may set or remove them (R22). */
  readonly awarenessClients = new Set<number>();
  private readonly presenceRate = new TokenBucket(presenceLimits.messagesPerSecond, presenceLimits.burst);
  private readonly presenceFlood = new TokenBucket(presenceLimits.floodPerSecond, presenceLimits.floodBurst);
  /** Updates that build on the offline typing its sync step 2 will bring (R27). */
  readonly aheadOfSync = new UpdatesAheadOfSync();
  alive = true;
  closed = false;
  /**
   * What becomes of a frame whose refusal (or fault) is known only after its turn, when it
   * waited behind or was itself a large update (R28): the relay's handling of a thrown one.
   */
  frameFailed: (error: unknown) => void = (error) => {
    throw error;
  };
  private toldReadOnly = false;

  constructor(
    readonly socket: WebSocket,
    /** The upgraded TCP stream under `socket`, for frames framed once for a whole room. */
    private readonly stream: Duplex,
    readonly documentId: string,
    readonly owner: ConnectionOwner,
    /** `suggest`: every edit is checked by the room's suggestion guard first (R21). */
    readonly access: 'read' | 'write' | 'suggest',
  ) {
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    // No callback: a failed write destroys the socket inside ws, and its close handler
    // does the cleanup; a closure per frame and socket would only feed the GC.
    this.socket.send(frame);
  }

  /**
   * Writes a frame already framed by `framedMessage`. ws writes its own frames at once
   * (no compression, no Blob), so they and these stay in order on the stream.
   */
  sendFramed(frame: Buffer): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.stream.write(frame);
  }

  /** Tells a read-only (R17) or suggestion-only (R21) client, once, that its edits are dropped. */
  refuseWrite(reason = 'read-only: your edits are not accepted'): void {
    if (this.toldReadOnly) return;
    this.toldReadOnly = true;
    this.send(encodePermissionDenied(reason));
  }

  /**
   * Whether a presence message that would change something (or a query) may go through
   * now (R22). Over the rate it is dropped; a flood far above it closes the connection
   * (4429): no honest client changes its presence that fast for seconds.
   */
  admitPresence(): boolean {
    if (!this.presenceFlood.take()) {
      this.close(CloseCode.tooManyMessages, 'too many presence messages');
      return false;
    }
    return this.presenceRate.take();
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
