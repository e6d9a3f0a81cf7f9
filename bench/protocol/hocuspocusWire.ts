import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType, type Wire } from './wire';

/**
 * Hocuspocus framing, from @hocuspocus/server 4.x (IncomingMessage, OutgoingMessage,
 * ClientConnection) and @hocuspocus/common (auth.ts): every frame starts with the
 * document name as a varString, then a varuint message type; the server queues a
 * document's frames until that document's auth message has been accepted.
 */
const HocuspocusMessageType = {
  /** Same as sync, but the server does not answer it with its own step 1. */
  syncReply: 4,
} as const;

const AuthMessageType = { token: 0, permissionDenied: 1, authenticated: 2 } as const;

/** `token` is what the client presents; the default `onAuthenticate` accepts any, even empty. */
export function hocuspocusWire(token = ''): Wire {
  return {
    greeting(documentName) {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, documentName);
      encoding.writeVarUint(encoder, MessageType.auth);
      encoding.writeVarUint(encoder, AuthMessageType.token);
      encoding.writeVarString(encoder, token);
      return [encoding.toUint8Array(encoder)];
    },
    startFrame(documentName) {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, documentName);
      return encoder;
    },
    openFrame(frame) {
      const decoder = decoding.createDecoder(frame);
      decoding.readVarString(decoder);
      return decoder;
    },
    isSync: (messageType) => messageType === MessageType.sync || messageType === HocuspocusMessageType.syncReply,
    readAuth(decoder) {
      switch (decoding.readVarUint(decoder)) {
        case AuthMessageType.authenticated:
          return { kind: 'granted' };
        case AuthMessageType.permissionDenied:
          return { kind: 'denied', reason: decoding.readVarString(decoder) };
        default:
          return { kind: 'other' };
      }
    },
  };
}
