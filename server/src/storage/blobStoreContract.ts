import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BlobStore, InvalidBlobKeyError } from './blobStore';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

/** The behaviour every BlobStore must have (N1); each implementation's test calls it with a fresh store. */
export function blobStoreContract(name: string, makeStore: () => Promise<BlobStore>): void {
  describe(`BlobStore contract: ${name}`, () => {
    let store: BlobStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives back exactly the bytes put, whole or streamed, and replaces them on a second put', async () => {
      await store.put('document/annexe', bytesOf('première version'));
      await store.put('document/annexe', bytesOf('seconde version'));
      expect(new TextDecoder().decode(await store.get('document/annexe'))).toBe('seconde version');
      const stream = await store.stream('document/annexe');
      expect(new TextDecoder().decode(await collect(stream!))).toBe('seconde version');
    });

    it('streams a large blob in several chunks', async () => {
      const large = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => i % 251);
      await store.put('large', large);
      const chunks: Uint8Array[] = [];
      for await (const chunk of (await store.stream('large'))!) chunks.push(chunk);
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.compare(Buffer.concat(chunks), Buffer.from(large))).toBe(0);
    });

    it('answers undefined for a missing blob, and deletes idempotently', async () => {
      expect(await store.get('nothing')).toBeUndefined();
      expect(await store.stream('nothing')).toBeUndefined();
      await store.put('gone', bytesOf('x'));
      await store.delete('gone');
      await store.delete('gone');
      expect(await store.get('gone')).toBeUndefined();
    });

    it('refuses keys that could leave the store: dots, slashes at the ends, backslashes, empty segments', async () => {
      for (const key of ['../outside', '..', 'a/../../b', '/etc/passwd', 'a//b', 'a\\b', '', 'a/', 'é', 'a b', 'x'.repeat(129)]) {
        await expect(store.put(key, bytesOf('x')), key).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(store.get(key), key).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(store.delete(key), key).rejects.toBeInstanceOf(InvalidBlobKeyError);
      }
    });
  });
}
