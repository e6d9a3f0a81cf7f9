import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blobStoreContract } from './blobStoreContract';
import { createFsBlobStore } from './fsBlobStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-blobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

blobStoreContract('files', async () => createFsBlobStore(join(dir, `store-${n++}`)));

describe('files blob store', () => {
  it('keeps each blob as one file under its root, without temporary files left behind (N1)', async () => {
    const root = join(dir, 'layout');
    const store = createFsBlobStore(root);
    await store.put('doc/annexe', new Uint8Array([1, 2, 3]));
    expect(readdirSync(join(root, 'doc'))).toEqual(['annexe']);
    await store.close();
  });
});
