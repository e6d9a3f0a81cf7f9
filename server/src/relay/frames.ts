import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { AuthType, MessageType, SyncType } from '../../../shared/protocol/messages';
import { type UpdateShape, checkUpdate } from './checkUpdate';

/** A frame from a client, decoded and checked. */
export type ClientFrame =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array; shape: UpdateShape }
  | { kind: 'update'; update: Uint8Array; shape: UpdateShape }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'ignored'; messageType: number };

/** Raised for a frame that must close its connection; `message` is for the logs. */
export class MalformedFrameError extends Error {}

/**
 * Decodes one client frame. Yjs payloads are fully read here (`checkUpdate`), so an
 * update that is truncated or garbage is rejected before it can touch a document or
 * storage.
 */
export function readClientFrame(frame: Uint8Array): ClientFrame {
  try {
    const decoder = decoding.createDecoder(frame);
    const messageType = decoding.readVarUint(decoder);
    switch (messageType) {
      case MessageType.sync:
        return readSync(decoder);
      case MessageType.awareness:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MessageType.queryAwareness:
        return { kind: 'queryAwareness' };
      default:
        // Auth frames from clients and types from newer protocols carry nothing for us.
        return { kind: 'ignored', messageType };
    }
  } catch (error) {
    if (error instanceof MalformedFrameError) throw error;
    throw new MalformedFrameError(`undecodable frame: ${(error as Error).message}`);
  }
}

function readSync(decoder: decoding.Decoder): ClientFrame {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case SyncType.step1:
      Y.decodeStateVector(payload);
      return { kind: 'syncStep1', stateVector: payload };
    case SyncType.step2:
      return { kind: 'syncStep2', update: payload, shape: checkUpdate(payload) };
    case SyncType.update:
      return { kind: 'update', update: payload, shape: checkUpdate(payload) };
    default:
      throw new MalformedFrameError(`unknown sync message type ${syncType}`);
  }
}

const frame = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.step1);
    encoding.writeVarUint8Array(e, stateVector);
  });

export const encodeSyncStep2 = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.step2);
    encoding.writeVarUint8Array(e, update);
  });

export const encodeUpdate = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.update);
    encoding.writeVarUint8Array(e, update);
  });

export const encodeAwareness = (awarenessUpdate: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, awarenessUpdate);
  });

/** y-protocols/auth "permission denied": the stock client logs the reason. */
export const encodePermissionDenied = (reason: string): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.auth);
    encoding.writeVarUint(e, AuthType.permissionDenied);
    encoding.writeVarString(e, reason);
  });
