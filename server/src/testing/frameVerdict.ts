import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MessageType, SyncType } from '../../../shared/protocol/messages';

/**
 * What the relay must do with a client frame, judged independently of the relay with
 * the decoders the clients use: a malformed frame closes its connection with 4400
 * (R6), a frame of an unknown message type leaves it open (R8). A decodable frame may
 * still be refused (R17, R21, R23), so nothing is required of it here.
 */
export type FrameVerdict = 'malformed' | 'unknownType' | 'decodable';

export function judgeFrame(data: Uint8Array | string): FrameVerdict {
  if (typeof data === 'string') return 'malformed';
  try {
    const decoder = decoding.createDecoder(data);
    switch (decoding.readVarUint(decoder)) {
      case MessageType.sync:
        return judgeSync(decoder);
      case MessageType.awareness:
        readAwarenessUpdate(decoding.readVarUint8Array(decoder));
        return 'decodable';
      case MessageType.queryAwareness:
        return 'decodable';
      default:
        return 'unknownType';
    }
  } catch {
    return 'malformed';
  }
}

function judgeSync(decoder: decoding.Decoder): FrameVerdict {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (syncType === SyncType.step1) Y.decodeStateVector(payload);
  else if (syncType === SyncType.step2 || syncType === SyncType.update) Y.decodeUpdate(payload);
  else return 'malformed';
  return 'decodable';
}

/** As y-protocols' applyAwarenessUpdate reads it: client, clock and JSON state per entry. */
function readAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
}
