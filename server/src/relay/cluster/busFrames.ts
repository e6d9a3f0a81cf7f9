import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** What a document's channel carries. */
export const enum BusFrameKind {
  stored = 1,
  presence = 2,
  /** An instance opened the document: the others send the presence they hold (C3). */
  presenceQuery = 3,
}

export type BusFrame =
  | { kind: BusFrameKind.stored; from: string; seq: number; update: Uint8Array }
  | { kind: BusFrameKind.presence; from: string; update: Uint8Array }
  | { kind: BusFrameKind.presenceQuery; from: string };

/** [varuint kind][varString instance][varuint seq, stored only][varUint8Array payload, not for a query]: tiny, like y-protocols. */
export function encodeBusFrame(frame: BusFrame): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, frame.kind);
  encoding.writeVarString(encoder, frame.from);
  if (frame.kind === BusFrameKind.stored) encoding.writeVarUint(encoder, frame.seq);
  if (frame.kind !== BusFrameKind.presenceQuery) encoding.writeVarUint8Array(encoder, frame.update);
  return encoding.toUint8Array(encoder);
}

/** Reads a frame; undefined for bytes that are not one (C6). */
export function decodeBusFrame(bytes: Uint8Array): BusFrame | undefined {
  try {
    const decoder = decoding.createDecoder(bytes);
    const kind = decoding.readVarUint(decoder);
    const from = decoding.readVarString(decoder);
    if (kind === BusFrameKind.stored) {
      const seq = decoding.readVarUint(decoder);
      const update = decoding.readVarUint8Array(decoder);
      return seq > 0 && decoder.pos === bytes.length ? { kind, from, seq, update } : undefined;
    }
    if (kind === BusFrameKind.presenceQuery) return decoder.pos === bytes.length ? { kind, from } : undefined;
    if (kind === BusFrameKind.presence) {
      const update = decoding.readVarUint8Array(decoder);
      return decoder.pos === bytes.length ? { kind, from, update } : undefined;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
