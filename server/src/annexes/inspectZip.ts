import { unzipSync } from 'fflate';

/**
 * What an archive declares, read from its central directory only: nothing is inflated, so a
 * zip bomb costs no more than its own bytes (N3).
 */
export type ZipInspection =
  | { ok: true; names: string[]; firstEntry: { name: string; stored: boolean; content: Uint8Array } | undefined }
  | { ok: false; reason: 'unreadable' | 'bomb' };

/** Far more than any office file holds; beyond, reading the directory alone would be costly. */
export const MAX_ZIP_ENTRIES = 5_000;
/** Declared uncompressed total beyond which no office file of ours can be (1 Gio). */
export const MAX_DECLARED_BYTES = 1024 * 1024 * 1024;
/** Text and images compress far less than this; a bomb compresses far more. */
export const MAX_COMPRESSION_RATIO = 100;
/** Small entries (a blank XML part) may compress very well without being a threat. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

class TooManyEntries extends Error {}

/**
 * The local header at offset 0: ODF requires its first entry to be `mimetype`, stored
 * uncompressed, so its bytes can be read in place.
 */
function firstEntryOf(bytes: Uint8Array): { name: string; stored: boolean; content: Uint8Array } | undefined {
  if (bytes.length < 30) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) return undefined;
  const method = view.getUint16(8, true);
  const compressedSize = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const start = 30 + nameLength + extraLength;
  if (start + compressedSize > bytes.length) return undefined;
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  return { name, stored: method === 0, content: bytes.subarray(start, start + Math.min(compressedSize, 256)) };
}

export function inspectZip(bytes: Uint8Array): ZipInspection {
  const names: string[] = [];
  let declared = 0;
  let bomb = false;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        if (names.length > MAX_ZIP_ENTRIES) throw new TooManyEntries();
        declared += entry.originalSize;
        const ratio = entry.originalSize / Math.max(entry.size, 1);
        if (entry.originalSize > RATIO_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO) bomb = true;
        // Never inflate: the names and declared sizes are all we need.
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) return { ok: false, reason: 'bomb' };
    return { ok: false, reason: 'unreadable' };
  }
  if (bomb || declared > MAX_DECLARED_BYTES) return { ok: false, reason: 'bomb' };
  return { ok: true, names, firstEntry: firstEntryOf(bytes) };
}
