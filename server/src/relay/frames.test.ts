import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType, SyncType } from '../../../shared/protocol/messages';
import { MalformedFrameError, encodeSyncStep1, encodeUpdate, readClientFrame } from './frames';

const someUpdate = () => {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, 'Hors la Rue');
  return Y.encodeStateAsUpdate(doc);
};

describe('readClientFrame', () => {
  it('reads what the encoders write', () => {
    const update = someUpdate();
    expect(readClientFrame(encodeUpdate(update))).toMatchObject({ kind: 'update', update, shape: { empty: false } });
    const nothing = Y.encodeStateAsUpdate(new Y.Doc());
    expect(readClientFrame(encodeUpdate(nothing))).toMatchObject({ kind: 'update', update: nothing, shape: { empty: true } });
    const sv = Y.encodeStateVector(new Y.Doc());
    expect(readClientFrame(encodeSyncStep1(sv))).toEqual({ kind: 'syncStep1', stateVector: sv });
  });

  it('R6: rejects every truncation of a valid update frame', () => {
    const frame = encodeUpdate(someUpdate());
    for (let length = 0; length < frame.length; length++) {
      expect(() => readClientFrame(frame.subarray(0, length)), `length ${length}`).toThrow(MalformedFrameError);
    }
  });

  it('R6: rejects an unknown sync message type', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, 9);
    encoding.writeVarUint8Array(e, new Uint8Array([0]));
    expect(() => readClientFrame(encoding.toUint8Array(e))).toThrow(MalformedFrameError);
  });

  it('R6: rejects a sync update whose payload is not a Yjs update', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.update);
    encoding.writeVarUint8Array(e, new Uint8Array([5, 200, 200, 200]));
    expect(() => readClientFrame(encoding.toUint8Array(e))).toThrow(MalformedFrameError);
  });

  it('R8: reports unknown message types as ignored', () => {
    expect(readClientFrame(new Uint8Array([77, 1, 2]))).toEqual({ kind: 'ignored', messageType: 77 });
  });
});
