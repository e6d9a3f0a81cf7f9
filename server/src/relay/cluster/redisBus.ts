import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod';
import type { Logger } from '../../log';
import { BusFrameKind, decodeBusFrame, encodeBusFrame } from './busFrames';
import { type ClusterBus, type ControlMessage, type DocumentListener, controlMessageSchema } from './clusterBus';
import { InstancesAlive } from './instancesAlive';

/** Every instance says it is alive this often; one silent for three beats is gone (C3). */
export const HEARTBEAT_MS = 5_000;

const controlEnvelope = z.object({ from: z.string().min(1), message: controlMessageSchema });
const heartbeatSchema = z.object({ from: z.string().min(1), gone: z.boolean().optional() });

/**
 * The cluster bus over Redis pub/sub (C1–C6): a channel per open document for stored updates
 * and presence, one for control messages, one for heartbeats. Pub/sub delivers at most once:
 * a lost update is read from the store (C2), a lost presence is renewed by its client.
 */
export class RedisBus implements ClusterBus {
  readonly instanceId = randomUUID();
  readonly clustered = true;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly documents = new Map<string, DocumentListener>();
  private readonly controlListeners: Array<(message: ControlMessage) => void> = [];
  private readonly resumedListeners: Array<() => void> = [];
  private readonly alive: InstancesAlive;
  private readonly heartbeat: NodeJS.Timeout;
  private readyOnce = false;

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly prefix = 'minutier:',
  ) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: 2 });
    this.alive = new InstancesAlive(HEARTBEAT_MS * 3);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.warn('cluster.redis_error', { reason: error.message }));
    }
    this.subscriber.on('ready', () => {
      // ioredis subscribes again by itself; what was published meanwhile is lost (C2).
      if (this.readyOnce) for (const listener of this.resumedListeners) listener();
      this.readyOnce = true;
    });
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.hear(channel.toString(), message));
    void this.subscriber.subscribe(this.channel('control'), this.channel('alive')).catch(() => undefined);
    this.heartbeat = setInterval(() => {
      this.send(this.channel('alive'), JSON.stringify({ from: this.instanceId }));
      this.alive.sweep();
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    this.send(this.channel('alive'), JSON.stringify({ from: this.instanceId }));
  }

  listen(documentId: string, listener: DocumentListener): () => void {
    const channel = this.channel(`doc:${documentId}`);
    this.documents.set(channel, listener);
    void this.subscriber.subscribe(channel).catch(() => undefined);
    return () => {
      if (this.documents.get(channel) !== listener) return;
      this.documents.delete(channel);
      void this.subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  publishStored(documentId: string, seq: number, update: Uint8Array): void {
    this.send(this.channel(`doc:${documentId}`), encodeBusFrame({ kind: BusFrameKind.stored, from: this.instanceId, seq, update }));
  }

  publishPresence(documentId: string, update: Uint8Array): void {
    this.send(this.channel(`doc:${documentId}`), encodeBusFrame({ kind: BusFrameKind.presence, from: this.instanceId, update }));
  }

  queryPresence(documentId: string): void {
    this.send(this.channel(`doc:${documentId}`), encodeBusFrame({ kind: BusFrameKind.presenceQuery, from: this.instanceId }));
  }

  publishControl(message: ControlMessage): void {
    this.send(this.channel('control'), JSON.stringify({ from: this.instanceId, message }));
  }

  onControl(listener: (message: ControlMessage) => void): void {
    this.controlListeners.push(listener);
  }

  onInstanceGone(listener: (instanceId: string) => void): void {
    this.alive.onGone(listener);
  }

  onResumed(listener: () => void): void {
    this.resumedListeners.push(listener);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    try {
      return (await this.publisher.set(this.channel(`claim:${key}`), this.instanceId, 'PX', ttlMs, 'NX')) === 'OK';
    } catch {
      // Without Redis the work is done here too: twice is better than never.
      return true;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.send(this.channel('alive'), JSON.stringify({ from: this.instanceId, gone: true }));
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private channel(name: string): string {
    return `${this.prefix}${name}`;
  }

  private send(channel: string, payload: Uint8Array | string): void {
    const message = typeof payload === 'string' ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    this.publisher.publish(channel, message).catch((error: Error) => {
      // Lost like any pub/sub message: stored updates are read back from the store (C2).
      this.logger.warn('cluster.publish_failed', { channel, reason: error.message });
    });
  }

  private hear(channel: string, message: Buffer): void {
    if (channel === this.channel('control')) return this.hearControl(message.toString());
    if (channel === this.channel('alive')) return this.hearHeartbeat(message.toString());
    const listener = this.documents.get(channel);
    const frame = listener && decodeBusFrame(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
    if (!listener || !frame || frame.from === this.instanceId) return;
    this.alive.seen(frame.from);
    try {
      if (frame.kind === BusFrameKind.stored) listener.stored(frame.seq, frame.update);
      else if (frame.kind === BusFrameKind.presence) listener.presence(frame.from, frame.update);
      else listener.presenceQuery();
    } catch (error) {
      // A frame this instance cannot take (C6) fails alone, never the process.
      this.logger.warn('cluster.message_refused', { channel, reason: String(error) });
    }
  }

  private hearControl(text: string): void {
    const parsed = controlEnvelope.safeParse(parseJson(text));
    if (!parsed.success) return this.logger.warn('cluster.message_refused', { channel: 'control' });
    if (parsed.data.from === this.instanceId) return;
    for (const listener of this.controlListeners) {
      try {
        listener(parsed.data.message);
      } catch (error) {
        this.logger.error('cluster.control_failed', { kind: parsed.data.message.kind, reason: String(error) });
      }
    }
  }

  private hearHeartbeat(text: string): void {
    const parsed = heartbeatSchema.safeParse(parseJson(text));
    if (!parsed.success || parsed.data.from === this.instanceId) return;
    if (parsed.data.gone) this.alive.gone(parsed.data.from);
    else this.alive.seen(parsed.data.from);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
