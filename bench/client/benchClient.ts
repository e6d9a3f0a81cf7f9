import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { MessageType, type Wire } from '../protocol/wire';
import type { ConnectionRequest, RunningTarget } from '../targets/target';
import { withTimeout } from '../timing';
import { type Edit, editKey, encodeEdit, readEdits } from './edit';

/** The fragment Tiptap's Collaboration extension (and so Minutier's editor) keeps the body in. */
export const BODY_FRAGMENT = 'default';
const closeTimeoutMs = 5_000;

export interface BenchClientOptions {
  server: RunningTarget;
  documentName: string;
  /** Content this replica holds before it connects (the cold-open seeder's document). */
  initialState?: Uint8Array;
  /** Called for each edit from another replica, with its delay, when the edit is integrated. */
  onRemoteEdit?: (edit: Edit, delayMs: number) => void;
}

/**
 * One client: a real Y.Doc speaking the sync protocol directly over one socket,
 * through the target's framing. It applies what it receives, sends its own updates,
 * and remembers every edit it integrated from elsewhere.
 */
export class BenchClient {
  readonly doc = new Y.Doc();
  /** The body, where writers type as an editor does: text in paragraphs (Minutier's relay refuses other roots). */
  readonly body = this.doc.getXmlFragment(BODY_FRAGMENT);
  /** Keys of the edits from other replicas this one has integrated. */
  readonly seenEdits = new Set<string>();
  /** performance.now() when the socket was created. */
  readonly startedAt: number;
  /** Resolves with the performance.now() at which sync step 2 arrived (the socket opening, for a relay that holds no state). */
  readonly synced: Promise<number>;
  /** performance.now() once the last sync step 2 was applied to `doc`: what a user feels as « synced ». */
  step2AppliedAt: number | undefined;
  /** Why this client stopped working: its socket closed or erred, or a frame could not be read. */
  failure: Error | undefined;

  private readonly socket: WebSocket;
  private readonly wire: Wire;
  private readonly step2Waiters: Array<{ resolve: (receivedAt: number) => void; reject: (error: Error) => void }> = [];
  private closing: Promise<void> | undefined;
  /** The text of this writer's own paragraph, created with its first edit. */
  private typing: Y.XmlText | undefined;

  /** Asks the target how to connect (its URL and headers), then connects. */
  static async connect(options: BenchClientOptions): Promise<BenchClient> {
    return new BenchClient(options, await options.server.connectionRequest(options.documentName));
  }

  private constructor(
    private readonly options: BenchClientOptions,
    request: ConnectionRequest,
  ) {
    this.wire = options.server.wire;
    if (options.initialState) Y.applyUpdate(this.doc, options.initialState, this);
    this.synced = new Promise((resolve, reject) => this.step2Waiters.push({ resolve, reject }));
    // A rejection is reported through `failure` too; this keeps it from going unhandled.
    this.synced.catch(() => undefined);

    this.body.observeDeep((events, transaction) => {
      if (transaction.origin !== this) return;
      const integratedAt = performance.now();
      for (const event of events) {
        for (const text of insertedText(event)) {
          for (const edit of readEdits(text)) {
            this.seenEdits.add(editKey(edit.writer, edit.seq));
            options.onRemoteEdit?.(edit, integratedAt - edit.madeAt);
          }
        }
      }
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const frame = this.startMessage(MessageType.sync);
      syncProtocol.writeUpdate(frame, update);
      this.send(encoding.toUint8Array(frame));
    });

    this.startedAt = performance.now();
    this.socket = new WebSocket(request.url, { headers: request.headers });
    this.socket.on('open', () => this.onOpen());
    this.socket.on('message', (data: Buffer) => this.onFrame(data));
    this.socket.on('error', (error) => this.fail(new Error(`socket error: ${error.message}`)));
    this.socket.on('close', (code, reason) => {
      if (!this.closing) this.fail(new Error(`socket closed by the server: ${code} ${reason.toString()}`));
    });
  }

  /**
   * Appends one edit token at the end of this writer's paragraph; the update goes out at
   * once. The first edit creates the paragraph (y-prosemirror's shape: a `paragraph`
   * element holding a text) at the end of the body, with its token, in one update.
   */
  insertEdit(writer: number, seq: number): void {
    const token = encodeEdit({ writer, seq, madeAt: performance.now() });
    if (this.typing) {
      this.typing.insert(this.typing.length, token);
      return;
    }
    const text = new Y.XmlText(token);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    this.body.insert(this.body.length, [paragraph]);
    this.typing = text;
  }

  /**
   * Sends sync step 1 and waits for the step 2 that answers it. A server handles a
   * socket's frames in order, so once this resolves it has integrated everything
   * this client sent before.
   */
  requestServerState(): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    const answered = new Promise<number>((resolve, reject) => this.step2Waiters.push({ resolve, reject }));
    this.sendStep1();
    return answered;
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Closes the socket (waiting for the close handshake, boundedly) and frees the replica. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.socket.readyState !== WebSocket.CLOSED) {
        const closed = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
        this.socket.close(1000);
        await withTimeout(closed, closeTimeoutMs, 'client close').catch(() => this.socket.terminate());
      }
      this.doc.destroy();
    })();
    return this.closing;
  }

  private onOpen(): void {
    for (const frame of this.wire.greeting(this.options.documentName)) this.send(frame);
    if (this.options.server.target.holdsState) this.sendStep1();
    else this.settleStep2(performance.now());
  }

  private onFrame(frame: Uint8Array): void {
    const receivedAt = performance.now();
    try {
      const decoder = this.wire.openFrame(frame);
      const messageType = decoding.readVarUint(decoder);
      if (this.wire.isSync(messageType)) {
        const reply = this.startMessage(MessageType.sync);
        const emptyReplyLength = encoding.length(reply);
        const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
        if (encoding.length(reply) > emptyReplyLength) this.send(encoding.toUint8Array(reply));
        if (syncType === syncProtocol.messageYjsSyncStep2) this.settleStep2(receivedAt);
      } else if (messageType === MessageType.auth) {
        const verdict = this.wire.readAuth(decoder);
        if (verdict.kind === 'denied') this.fail(new Error(`permission denied: ${verdict.reason}`));
      }
      // Awareness and server-specific messages (Hocuspocus' sync status) carry nothing measured here.
    } catch (error) {
      this.fail(new Error(`unreadable frame: ${(error as Error).message}`));
    }
  }

  private sendStep1(): void {
    const frame = this.startMessage(MessageType.sync);
    syncProtocol.writeSyncStep1(frame, this.doc);
    this.send(encoding.toUint8Array(frame));
  }

  private settleStep2(receivedAt: number): void {
    // Called once readSyncMessage has applied the update (observers included).
    this.step2AppliedAt = performance.now();
    this.step2Waiters.shift()?.resolve(receivedAt);
  }

  private startMessage(messageType: number): encoding.Encoder {
    const encoder = this.wire.startFrame(this.options.documentName);
    encoding.writeVarUint(encoder, messageType);
    return encoder;
  }

  private send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
    else if (!this.closing) this.fail(new Error('send on a socket that is not open'));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.step2Waiters.splice(0)) waiter.reject(error);
  }
}

/**
 * The text an observed change brought: words typed into an existing paragraph, or the
 * whole text of paragraphs that arrived with it (Yjs reports no separate change for a
 * type created in the same transaction).
 */
function* insertedText(event: Y.YEvent<Y.AbstractType<unknown>>): Generator<string> {
  for (const op of event.delta) {
    if (typeof op.insert === 'string') yield op.insert;
    else if (Array.isArray(op.insert)) for (const node of op.insert) yield* textOf(node);
  }
}

function* textOf(node: unknown): Generator<string> {
  if (node instanceof Y.XmlText) {
    for (const part of node.toDelta() as Array<{ insert: unknown }>) if (typeof part.insert === 'string') yield part.insert;
  } else if (node instanceof Y.XmlElement) {
    for (const child of node.toArray()) yield* textOf(child);
  }
}
