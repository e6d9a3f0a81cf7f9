/**
 * One file field of a `multipart/form-data` body, read as it arrives: the bytes are counted
 * chunk by chunk and reading stops past `maxBytes` (N2), and the parts are split with
 * `Buffer.indexOf` on each chunk as it comes, so the event loop is never held by the whole
 * upload at once (`Request.formData()` parses 20 Mo in one go: 40 to 70 ms, plus a copy of
 * about as long to read the file back).
 */
export type MultipartFile =
  | { ok: true; fileName: string; bytes: Uint8Array }
  | { ok: false; reason: 'too_large' | 'missing_file' | 'invalid' };

/** Part headers longer than this are not a browser's. */
const MAX_HEADER_BYTES = 16 * 1024;
/** What the envelope may add around the file: boundaries, part headers, other small fields. */
export const MULTIPART_SLACK = 64 * 1024;

const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');

export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return undefined;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** `name` and `filename` of a part's Content-Disposition (browsers send the file name as raw UTF-8). */
function dispositionOf(headers: string): { name: string | undefined; fileName: string | undefined } {
  const line = headers.split('\r\n').find((header) => /^content-disposition:/i.test(header)) ?? '';
  const param = (key: string) => new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(line)?.[1]?.replace(/\\(.)/g, '$1');
  // Browsers escape these three in names (HTML's multipart/form-data encoding).
  const fileName = param('filename')?.replace(/%0A|%0D|%22/gi, (escaped) => decodeURIComponent(escaped));
  return { name: param('name'), fileName };
}

export async function readMultipartFile(
  body: ReadableStream<Uint8Array> | null,
  boundary: string,
  field: string,
  maxBytes: number,
): Promise<MultipartFile> {
  if (!body) return { ok: false, reason: 'invalid' };
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const reader = body.getReader();
  // The body starts with `--boundary`: a leading CRLF makes every delimiter look alike.
  let pending: Buffer = Buffer.from(CRLF);
  let state: 'preamble' | 'afterDelimiter' | 'headers' | 'content' | 'done' = 'preamble';
  let received = 0;
  let current: { fileName: string; parts: Buffer[]; size: number } | undefined;
  let found: { fileName: string; bytes: Uint8Array } | undefined;
  let skipping = false;

  for (;;) {
    // Consume what `pending` holds as far as it can be decided.
    for (let progressed = true; progressed; ) {
      progressed = false;
      if (state === 'preamble' || state === 'content') {
        const at = pending.indexOf(delimiter);
        const end = at === -1 ? Math.max(0, pending.length - delimiter.length + 1) : at;
        if (state === 'content' && current && !skipping && end > 0) {
          current.size += end;
          if (current.size > maxBytes) return { ok: false, reason: 'too_large' };
          current.parts.push(pending.subarray(0, end));
        }
        if (at !== -1) {
          if (state === 'content' && current && !skipping) {
            found ??= { fileName: current.fileName, bytes: Buffer.concat(current.parts, current.size) };
          }
          current = undefined;
          state = 'afterDelimiter';
          pending = pending.subarray(at + delimiter.length);
          progressed = true;
        } else if (end > 0) {
          // Copied: the chunk it points into is let go.
          pending = Buffer.from(pending.subarray(end));
        }
      } else if (state === 'afterDelimiter' && pending.length >= 2) {
        if (pending[0] === 0x2d && pending[1] === 0x2d) state = 'done';
        else if (pending.subarray(0, 2).equals(CRLF)) {
          state = 'headers';
          pending = pending.subarray(2);
          progressed = true;
        } else return { ok: false, reason: 'invalid' };
      } else if (state === 'headers') {
        const at = pending.indexOf(HEADERS_END);
        if (at === -1) {
          if (pending.length > MAX_HEADER_BYTES) return { ok: false, reason: 'invalid' };
        } else {
          const { name, fileName } = dispositionOf(pending.subarray(0, at).toString('utf8'));
          skipping = !(name === field && fileName !== undefined && found === undefined);
          current = { fileName: fileName ?? '', parts: [], size: 0 };
          state = 'content';
          pending = pending.subarray(at + HEADERS_END.length);
          progressed = true;
        }
      }
    }
    if (state === 'done') break;
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > maxBytes + MULTIPART_SLACK) return { ok: false, reason: 'too_large' };
    pending = pending.length === 0 ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : Buffer.concat([pending, value]);
  }
  if (state !== 'done') return { ok: false, reason: 'invalid' };
  return found ? { ok: true, ...found } : { ok: false, reason: 'missing_file' };
}
