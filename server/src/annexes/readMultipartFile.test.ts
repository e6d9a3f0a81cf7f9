import { describe, expect, it } from 'vitest';
import { boundaryOf, readMultipartFile } from './readMultipartFile';

/** A body encoded by the platform's own FormData, as a browser sends it. */
async function encoded(fields: Array<[string, string | { name: string; bytes: Uint8Array }]>) {
  const form = new FormData();
  for (const [key, value] of fields) {
    if (typeof value === 'string') form.append(key, value);
    else form.append(key, new Blob([new Uint8Array(value.bytes)]), value.name);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { bytes: new Uint8Array(await request.arrayBuffer()), boundary: boundaryOf(request.headers.get('content-type') ?? '')! };
}

/** The same bytes cut into chunks of `size`, so that delimiters fall across chunk edges. */
const chunked = (bytes: Uint8Array, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });

describe('N2: an upload is read as it arrives', () => {
  const file = new TextEncoder().encode('%PDF-1.4\r\n--presque une frontière\r\n\r\n-- et la fin\r\n');

  it('finds the file field whatever the chunking, after other fields, with its UTF-8 name', async () => {
    const { bytes, boundary } = await encoded([
      ['note', 'un champ avant'],
      ['file', { name: 'Lettre à la ministre.pdf', bytes: file }],
      ['file', { name: 'seul le premier compte.pdf', bytes: new Uint8Array(3) }],
      ['after', 'un champ après'],
    ]);
    for (const size of [1, 3, 17, 64 * 1024]) {
      const read = await readMultipartFile(chunked(bytes, size), boundary, 'file', 1024);
      expect(read.ok && { fileName: read.fileName, bytes: new Uint8Array(read.bytes) }, `chunks of ${size}`).toEqual({
        fileName: 'Lettre à la ministre.pdf',
        bytes: new Uint8Array(file),
      });
    }
  });

  it('stops reading past the limit, and says when the field is missing or the body is not multipart', async () => {
    const { bytes, boundary } = await encoded([['file', { name: 'gros.pdf', bytes: new Uint8Array(5000) }]]);
    expect(await readMultipartFile(chunked(bytes, 100), boundary, 'file', 4000)).toEqual({ ok: false, reason: 'too_large' });
    expect(await readMultipartFile(chunked(bytes, 100), boundary, 'autre', 10_000)).toEqual({ ok: false, reason: 'missing_file' });
    expect(await readMultipartFile(chunked(new TextEncoder().encode('pas un formulaire'), 5), boundary, 'file', 100)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(boundaryOf('application/json')).toBeUndefined();
    expect(boundaryOf('multipart/form-data; boundary="abc"')).toBe('abc');
  });
});
