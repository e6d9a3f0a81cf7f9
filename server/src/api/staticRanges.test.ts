import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteRange } from './staticRanges';
import { serveClient } from './staticClient';

describe('A14: byte ranges of the built client', () => {
  let dir: string;
  let server: ServerType;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'minutier-static-'));
    const client = join(dir, 'client');
    mkdirSync(join(client, 'assets'), { recursive: true });
    writeFileSync(join(client, 'assets', 'app.js'), 'abcdefghij');
    writeFileSync(join(client, 'index.html'), '<!doctype html><title>Minutier</title>');
    writeFileSync(join(client, 'empty.txt'), '');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    const app = new Hono();
    serveClient(app, client);
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    });
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, range?: string) => fetch(`${url}${path}`, { headers: range ? { range } : {} });

  it('A14: a range past the end or backwards answers 416 with the size, never 500', async () => {
    for (const range of ['bytes=999999999-', 'bytes=5-2', 'bytes=10-', 'bytes=-0', 'bytes=10-20']) {
      const response = await get('/assets/app.js', range);
      expect(response.status, range).toBe(416);
      expect(response.headers.get('content-range'), range).toBe('bytes */10');
      expect(await response.text()).toBe('');
    }
    expect((await get('/empty.txt', 'bytes=0-')).status).toBe(416);
  });

  it('A14: a satisfiable range answers 206 with exactly its bytes', async () => {
    const cases: Array<[string, string, string]> = [
      ['bytes=2-4', 'cde', 'bytes 2-4/10'],
      ['bytes=5-100', 'fghij', 'bytes 5-9/10'],
      ['bytes=7-', 'hij', 'bytes 7-9/10'],
      ['bytes=-3', 'hij', 'bytes 7-9/10'],
      ['bytes=-50', 'abcdefghij', 'bytes 0-9/10'],
    ];
    for (const [range, body, contentRange] of cases) {
      const response = await get('/assets/app.js', range);
      expect(response.status, range).toBe(206);
      expect(response.headers.get('content-range'), range).toBe(contentRange);
      expect(response.headers.get('content-length'), range).toBe(String(body.length));
      expect(await response.text(), range).toBe(body);
    }
  });

  it('A14: what is not one range of bytes is ignored: the whole file, 200', async () => {
    for (const range of ['bytes=0-1,4-5', 'items=0-3', 'bytes=-', 'bytes=abc']) {
      const response = await get('/assets/app.js', range);
      expect(response.status, range).toBe(200);
      expect(await response.text(), range).toBe('abcdefghij');
    }
    expect((await get('/empty.txt', 'items=0-3')).status).toBe(200);
    const whole = await get('/assets/app.js');
    expect(whole.status).toBe(200);
    expect(await whole.text()).toBe('abcdefghij');
  });

  it('A14: ranges never reach outside the client, and page paths still get the index', async () => {
    const page = await get('/cr/abc', 'bytes=999999999-');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Minutier</title>');
    const root = await get('/', 'bytes=0-8');
    expect(root.status).toBe(206);
    expect(await root.text()).toBe('<!doctype');
    for (const path of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const response = await get(path, 'bytes=0-');
      expect(await response.text(), path).not.toContain('secret');
    }
  });

  it('A14: byteRange reads one range as RFC 9110 says', () => {
    expect(byteRange('bytes=0-0', 1)).toEqual({ start: 0, end: 0 });
    expect(byteRange(' bytes=3-  ', 10)).toEqual({ start: 3, end: 9 });
    expect(byteRange('bytes=-1', 0)).toBe('unsatisfiable');
    expect(byteRange('bytes=1-2,3-4', 10)).toBe('ignored');
  });
});
