import { setImmediate as nextTurn } from 'node:timers/promises';
import { Zip, ZipPassThrough } from 'fflate';

/** One file of a bundle: bytes already in memory, or chunks read as the archive is written. */
export interface BundleFile {
  name: string;
  /** Opened when its turn comes; undefined when the bytes are gone. */
  open(): Promise<AsyncIterable<Uint8Array> | Uint8Array | undefined>;
}

/** Hashing and copying one slice holds the event loop a few milliseconds. */
const SLICE_BYTES = 1024 * 1024;

async function* slicesOf(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    if (at > 0) await nextTurn();
    yield bytes.subarray(at, at + SLICE_BYTES);
  }
}

/**
 * A ZIP of `files`, written as it is read (N6): every file is stored as is (PDF, office
 * files and images are compressed already), its CRC computed one slice at a time between
 * turns of the event loop, and reading waits while a few slices wait for a slow client, so a
 * bundle of 20 Mo annexes never holds the server, nor the whole archive in memory.
 */
export function zipBundle(files: BundleFile[], onError: (error: Error) => void): ReadableStream<Uint8Array> {
  let cancelled = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let wanted: (() => void) | undefined;
  const whenWanted = (): Promise<void> =>
    controller && (controller.desiredSize ?? 1) <= 0 && !cancelled ? new Promise((resolve) => (wanted = resolve)) : Promise.resolve();
  const wake = () => {
    wanted?.();
    wanted = undefined;
  };

  const write = async (zip: Zip) => {
    for (const file of files) {
      const opened = await file.open();
      if (opened === undefined) throw new Error(`bundle file missing: ${file.name}`);
      const entry = new ZipPassThrough(file.name);
      entry.mtime = new Date();
      zip.add(entry);
      for await (const chunk of opened instanceof Uint8Array ? slicesOf(opened) : opened) {
        await whenWanted();
        if (cancelled) return;
        entry.push(chunk);
      }
      entry.push(new Uint8Array(0), true);
    }
    zip.end();
  };

  return new ReadableStream<Uint8Array>(
    {
      start(started) {
        controller = started;
        const zip = new Zip((error, chunk, final) => {
          if (cancelled) return;
          if (error) return started.error(error);
          started.enqueue(chunk);
          if (final) started.close();
        });
        write(zip).catch((error: Error) => {
          onError(error);
          if (!cancelled) started.error(error);
        });
      },
      pull: wake,
      cancel() {
        cancelled = true;
        wake();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 4 * SLICE_BYTES }),
  );
}
