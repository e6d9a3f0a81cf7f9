import { describe, expect, it } from 'vitest';
import { FrameReader, encodeFrame } from './backgroundFrames';

/** Every message a reader gets from `bytes`, cut into chunks of `size`. */
function readAll(bytes: Buffer, size: number): unknown[] {
  const messages: unknown[] = [];
  const reader = new FrameReader((message) => messages.push(message));
  for (let at = 0; at < bytes.byteLength; at += size) reader.push(bytes.subarray(at, at + size));
  return messages;
}

const framed = (...messages: unknown[]): Buffer => Buffer.concat(messages.flatMap((message) => encodeFrame(message)));

describe('background process frames', () => {
  const job = {
    format: 'docx',
    state: new Uint8Array([1, 2, 3, 250]),
    updates: [Buffer.from('un'), new Uint8Array(0), Buffer.from('trois')],
    plans: [{ id: 'p', title: 'Plan « 2014 »' }],
    nothing: null,
  };

  it('carries byte arrays as they are, beside the JSON, however the stream is cut', () => {
    for (const size of [1, 3, 7, 64, 100_000]) {
      const [read] = readAll(framed(job), size) as [typeof job];
      expect(read.format).toBe('docx');
      expect(read.plans).toEqual(job.plans);
      expect(read.nothing).toBeNull();
      expect(read.state).toBeInstanceOf(Uint8Array);
      expect([...read.state]).toEqual([1, 2, 3, 250]);
      expect(read.updates.map((update) => Buffer.from(update).toString())).toEqual(['un', '', 'trois']);
    }
  });

  it('writes the byte arrays themselves, not copies (the event loop does not copy a stored document)', () => {
    const state = new Uint8Array(1 << 20);
    const parts = encodeFrame({ state });
    expect(parts.at(-1)).toBe(state);
  });

  it('reads several messages from one chunk, in order, and a message that is only bytes or a string', () => {
    const file = Buffer.from('%PDF-1.7');
    const read = readAll(framed({ id: 1, ok: true, pdf: file }, 'texte', file, { id: 2, ok: false, message: 'échec' }), 1 << 16);
    expect(read).toHaveLength(4);
    expect(Buffer.from((read[0] as { pdf: Uint8Array }).pdf).toString()).toBe('%PDF-1.7');
    expect(read[1]).toBe('texte');
    expect(Buffer.from(read[2] as Uint8Array).toString()).toBe('%PDF-1.7');
    expect(read[3]).toEqual({ id: 2, ok: false, message: 'échec' });
  });

  it('reads a message without byte arrays that ends the stream', () => {
    for (const size of [1, 1 << 16]) expect(readAll(framed({ kind: 'close', id: 3 }), size)).toEqual([{ kind: 'close', id: 3 }]);
  });

  it('refuses a header that is not one of ours', () => {
    const header = Buffer.from('{"sizes":[-1],"message":null}');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(header.byteLength);
    expect(() => readAll(Buffer.concat([length, header]), 64)).toThrow(/malformed header/);
    const unknown = Buffer.from('{"sizes":[],"message":{"\\u0000bytes":3}}');
    length.writeUInt32BE(unknown.byteLength);
    expect(() => readAll(Buffer.concat([length, unknown]), 64)).toThrow(/out of range/);
  });
});
