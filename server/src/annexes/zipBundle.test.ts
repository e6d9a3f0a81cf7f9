import { setImmediate as nextTurn } from 'node:timers/promises';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipBundle } from './zipBundle';

const MEGABYTE = 1024 * 1024;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('N6: the bundle is written as it is read', () => {
  it('holds every file byte for byte, in the given order', async () => {
    const minutes = new TextEncoder().encode('# Compte-rendu');
    const annex = new Uint8Array(3 * MEGABYTE + 5).map((_, i) => i % 253);
    async function* chunks() {
      for (let at = 0; at < annex.length; at += MEGABYTE) yield annex.subarray(at, at + MEGABYTE);
    }
    const stream = zipBundle(
      [
        { name: 'compte-rendu.md', open: async () => minutes },
        { name: 'Annexe 1 - Lettre.pdf', open: async () => chunks() },
      ],
      () => {},
    );
    const files = unzipSync(await readAll(stream));
    expect(Object.keys(files)).toEqual(['compte-rendu.md', 'Annexe 1 - Lettre.pdf']);
    expect(files['compte-rendu.md']).toEqual(minutes);
    expect(Buffer.compare(Buffer.from(files['Annexe 1 - Lettre.pdf']!), Buffer.from(annex))).toBe(0);
  });

  it('reads no further than a few slices ahead of a client that does not read', async () => {
    let produced = 0;
    async function* large() {
      for (; produced < 64; produced++) yield new Uint8Array(MEGABYTE);
    }
    const stream = zipBundle([{ name: 'gros.pdf', open: async () => large() }], () => {});
    const reader = stream.getReader();
    await reader.read();
    for (let turn = 0; turn < 200; turn++) await nextTurn();
    expect(produced).toBeLessThan(10);
    await reader.cancel();
  });

  it('fails the archive when a file’s bytes are gone', async () => {
    const errors: string[] = [];
    const stream = zipBundle([{ name: 'perdu.pdf', open: async () => undefined }], (error) => errors.push(error.message));
    await expect(readAll(stream)).rejects.toThrow();
    expect(errors).toEqual(['bundle file missing: perdu.pdf']);
  });
});
