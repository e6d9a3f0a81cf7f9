import { createReadStream, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | 'ignored';

/**
 * The single byte range a `Range` header asks of a file of `size` bytes (RFC 9110 §14.1.2),
 * `unsatisfiable` when it starts past the end, ends before it starts or asks for nothing
 * (416), `ignored` when it is not one range of bytes (the whole file is sent, as the RFC allows).
 */
export function byteRange(header: string, size: number): ByteRange {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'ignored';
  const [, first = '', last = ''] = match;
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Number(last);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

/** The file a request path names under `root`, refused as serveStatic refuses it (`%`, dot segments). */
function fileAt(root: string, path: string): { file: string; size: number } | undefined {
  if (path.includes('%') || /(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\/.test(path)) return undefined;
  let file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  let stats = statSync(file, { throwIfNoEntry: false });
  if (stats?.isDirectory()) {
    file = join(file, 'index.html');
    stats = statSync(file, { throwIfNoEntry: false });
  }
  return stats?.isFile() ? { file, size: stats.size } : undefined;
}

/**
 * Answers the `GET` requests with a `Range` header for the files of `staticDir` (SPEC A14):
 * serveStatic reads such a header without checking it, and a range past the end of the
 * file or backwards made it throw (500). Requests without `Range` go on to serveStatic.
 */
export function serveRanges(staticDir: string): MiddlewareHandler {
  const root = resolve(staticDir);
  return async (c, next) => {
    const header = c.req.header('range');
    const found = header && c.req.method === 'GET' ? fileAt(root, c.req.path) : undefined;
    if (!header || !found) return next();
    const range = byteRange(header, found.size);
    c.header('Content-Type', getMimeType(found.file) ?? 'application/octet-stream');
    c.header('Accept-Ranges', 'bytes');
    if (range === 'unsatisfiable') {
      c.header('Content-Range', `bytes */${found.size}`);
      return c.body(null, 416);
    }
    c.header('Content-Length', String(range === 'ignored' ? found.size : range.end - range.start + 1));
    // An empty file has no byte to read: createReadStream refuses an end before the start.
    if (found.size === 0) return c.body(null, 200);
    const { start, end } = range === 'ignored' ? { start: 0, end: found.size - 1 } : range;
    const body = Readable.toWeb(createReadStream(found.file, { start, end })) as ReadableStream;
    if (range === 'ignored') return c.body(body, 200);
    c.header('Content-Range', `bytes ${start}-${end}/${found.size}`);
    return c.body(body, 206);
  };
}
