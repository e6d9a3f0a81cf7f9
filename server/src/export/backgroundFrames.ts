/**
 * The messages between the server and a background process (startBackgroundProcess), on a
 * socket of their own. A frame is a 4-byte big-endian header length, the header (UTF-8
 * JSON: the message with each byte array replaced by `{"\u0000bytes": index}`, and the
 * arrays' lengths), then the arrays' bytes as they are. Byte arrays are most of an export's
 * job and answer (the stored document, the rendered file): written without being copied
 * into a serialisation, they cost the event loop almost nothing, where V8's serialiser
 * over Node's IPC channel copied and collected a megabyte per export.
 */

const BYTES = '\u0000bytes';
const LENGTH_BYTES = 4;

interface Header {
  message: unknown;
  sizes: number[];
}

/** A message as the buffers to write, in order; the byte arrays are written as they are, not copied. */
export function encodeFrame(message: unknown): Uint8Array[] {
  const arrays: Uint8Array[] = [];
  const json = JSON.stringify(message, function replace(this: Record<string, unknown>, key, value: unknown) {
    // `value` has been through Buffer's toJSON already: the holder has the array itself.
    const original = key === '' ? message : this[key];
    if (original instanceof Uint8Array) return { [BYTES]: arrays.push(original) - 1 };
    return value;
  });
  const sizes = JSON.stringify(arrays.map((array) => array.byteLength));
  const header = Buffer.from(`{"sizes":${sizes},"message":${json ?? 'null'}}`);
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(header.byteLength);
  return [length, header, ...arrays];
}

/** Reads frames from a stream's chunks, however they are cut. */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The frame being read: its header once read, and the size of its whole body. */
  private pending: { header: Header; bodySize: number } | undefined;

  constructor(private readonly onMessage: (message: unknown) => void) {}

  /** Takes a chunk; throws on a header that is not a frame (the stream is then unusable). */
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.byteLength;
    for (;;) {
      if (!this.pending) {
        if (this.buffered < LENGTH_BYTES) return;
        const headerSize = this.peek(LENGTH_BYTES).readUInt32BE(0);
        if (this.buffered < LENGTH_BYTES + headerSize) return;
        const header = parseHeader(this.take(LENGTH_BYTES + headerSize).subarray(LENGTH_BYTES));
        this.pending = { header, bodySize: header.sizes.reduce((sum, size) => sum + size, 0) };
      }
      if (this.buffered < this.pending.bodySize) return;
      const { header, bodySize } = this.pending;
      this.pending = undefined;
      const body = this.take(bodySize);
      let offset = 0;
      const arrays = header.sizes.map((size) => {
        const array = body.subarray(offset, offset + size);
        offset += size;
        return array;
      });
      this.onMessage(restore(header.message, arrays));
    }
  }

  /** The first `size` buffered bytes, left buffered. */
  private peek(size: number): Buffer {
    const first = this.chunks[0] as Buffer;
    if (first.byteLength >= size) return first;
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined;
  }

  /** The first `size` buffered bytes, removed: one copy at most. */
  private take(size: number): Buffer {
    if (size === 0) return Buffer.alloc(0);
    const first = this.peek(size);
    const taken = first.subarray(0, size);
    const rest = first.subarray(size);
    this.chunks[0] = rest;
    if (rest.byteLength === 0) this.chunks.shift();
    this.buffered -= size;
    return taken;
  }
}

function parseHeader(bytes: Buffer): Header {
  const header = JSON.parse(bytes.toString('utf8')) as Header;
  if (typeof header !== 'object' || header === null || !Array.isArray(header.sizes) || !header.sizes.every((size) => Number.isSafeInteger(size) && size >= 0)) {
    throw new Error('background frame: malformed header');
  }
  return header;
}

/** The message with its byte arrays back in place (each a view on the frame's own bytes). */
function restore(value: unknown, arrays: Buffer[]): unknown {
  if (Array.isArray(value)) return value.map((item) => restore(item, arrays));
  if (typeof value !== 'object' || value === null) return value;
  const index = (value as Record<string, unknown>)[BYTES];
  if (typeof index === 'number') {
    const array = arrays[index];
    if (!array) throw new Error('background frame: byte array out of range');
    return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, restore(item, arrays)]));
}
