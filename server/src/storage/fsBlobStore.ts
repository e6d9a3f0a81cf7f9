import { mkdir, open, rename, rm, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { type BlobStore, checkBlobKey } from './blobStore';

const CHUNK_BYTES = 1024 * 1024;

const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Blobs as files under `root` (`DATA_DIR/annexes` in production). A put writes a temporary
 * file beside the target, fsyncs it, renames it over the target and fsyncs the folder: a
 * crash leaves either the old blob or the new one, never half of one.
 */
export function createFsBlobStore(root: string): BlobStore {
  const pathOf = (key: string): string => join(root, ...checkBlobKey(key));

  const syncDirectory = async (dir: string) => {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  };

  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await handle.close();
      await rename(temporary, target);
      await syncDirectory(dirname(target));
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if (missing(error)) return undefined;
        throw error;
      }
    },
    async stream(key) {
      // Opened first, so a missing blob answers undefined instead of failing mid-stream.
      let handle;
      try {
        handle = await open(pathOf(key), 'r');
      } catch (error) {
        if (missing(error)) return undefined;
        throw error;
      }
      return handle.createReadStream({ highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async close() {},
  };
}
