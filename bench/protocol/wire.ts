import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-websocket message types (y-protocols); Hocuspocus reuses 0–3 and adds its own above. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** What a server said in an auth message. */
export type AuthVerdict = { kind: 'granted' } | { kind: 'denied'; reason: string } | { kind: 'other' };

/**
 * How y-websocket messages travel over one target's socket. The y-websocket protocol
 * sends them as they are; Hocuspocus prefixes each with the document name and needs
 * an auth message first. A client builds and reads every frame through its Wire.
 */
export interface Wire {
  /** Frames a client sends as soon as its socket opens, before anything else. */
  greeting(documentName: string): Uint8Array[];
  /** An encoder with the frame's prefix written; the caller writes the message type next. */
  startFrame(documentName: string): encoding.Encoder;
  /** A decoder past the frame's prefix, positioned on the message type. */
  openFrame(frame: Uint8Array): decoding.Decoder;
  /** Whether a message of this type carries a y-protocols sync message. */
  isSync(messageType: number): boolean;
  /** Reads the rest of an auth message. */
  readAuth(decoder: decoding.Decoder): AuthVerdict;
}

/** y-protocols/auth: the only auth message a y-websocket server sends. */
const permissionDenied = 0;

/** The y-websocket protocol as `@y/websocket-server`, Minutier and the raw relay carry it. */
export const yWebsocketWire: Wire = {
  greeting: () => [],
  startFrame: () => encoding.createEncoder(),
  openFrame: (frame) => decoding.createDecoder(frame),
  isSync: (messageType) => messageType === MessageType.sync,
  readAuth(decoder) {
    if (decoding.readVarUint(decoder) !== permissionDenied) return { kind: 'other' };
    return { kind: 'denied', reason: decoding.readVarString(decoder) };
  },
};
