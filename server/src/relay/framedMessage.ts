const FIN_BINARY = 0x82;

/**
 * A binary message as the WebSocket frame a server sends (RFC 6455 §5.2: FIN, binary,
 * unmasked). The relay sends each update to every connection of its document: framed
 * once and written as is to each socket, it costs one write per recipient, where
 * `ws.send` would frame it again, allocate, and write header and payload apart.
 */
export function framedMessage(payload: Uint8Array): Buffer {
  const length = payload.length;
  const headerLength = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 0x100000000), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(payload, headerLength);
  return frame;
}
