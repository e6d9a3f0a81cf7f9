import { z } from 'zod';
import { minutierEventSchema } from '../../../../shared/protocol/minutierEvent';

/**
 * What instances sharing one store tell each other (issue 18, SPEC C1–C6). A single
 * instance uses `LocalBus`, which tells nobody; several use `RedisBus`.
 */
export interface ClusterBus {
  /** This instance's id: its own messages come back to it and are dropped by it (C1). */
  readonly instanceId: string;
  /** Whether other instances may share the store: only then is the log polled for gaps (C2). */
  readonly clustered: boolean;
  /** Hears what other instances say about one document while the room is open; answers how to stop. */
  listen(documentId: string, listener: DocumentListener): () => void;
  /** The update stored at `seq` (committed, R3), for the instances that have the document open. */
  publishStored(documentId: string, seq: number, update: Uint8Array): void;
  /** Presence this instance admitted (R22), never stored (C3). */
  publishPresence(documentId: string, update: Uint8Array): void;
  /** Asks the instances that have the document open for the presence they hold (C3). */
  queryPresence(documentId: string): void;
  /** What every instance must do to its own connections (C4). */
  publishControl(message: ControlMessage): void;
  onControl(listener: (message: ControlMessage) => void): void;
  /** Another instance stopped answering (C3: its clients' presence goes). */
  onInstanceGone(listener: (instanceId: string) => void): void;
  /** The bus was cut and is back: messages may have been lost meanwhile (C2). */
  onResumed(listener: () => void): void;
  /** True for exactly one caller cluster-wide until `ttlMs` passes (derived work done once, C5). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface DocumentListener {
  stored(seq: number, update: Uint8Array): void;
  presence(instanceId: string, update: Uint8Array): void;
  presenceQuery(): void;
}

/** Messages from the bus are read like any input: a malformed one is dropped, never trusted (C6). */
export const controlMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('closeCredential'), credential: z.enum(['session', 'token']), id: z.string().min(1) }),
  z.object({ kind: z.literal('recheckUser'), userId: z.string().min(1) }),
  z.object({ kind: z.literal('recheckDocument'), documentId: z.string().min(1) }),
  z.object({ kind: z.literal('setFrozen'), documentId: z.string().min(1), frozen: z.boolean() }),
  z.object({ kind: z.literal('closeDocument'), documentId: z.string().min(1) }),
  z.object({ kind: z.literal('notify'), documentId: z.string().min(1), event: minutierEventSchema }),
]);

export type ControlMessage = z.infer<typeof controlMessageSchema>;
