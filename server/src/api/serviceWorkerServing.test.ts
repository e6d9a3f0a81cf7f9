import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/testServer';

/*
 * Issue 19, the app shell offline: the real app (security headers included) serves the
 * service worker that `vite build` writes at the root of dist/client.
 */
describe('issue 19: the service worker of the built client', () => {
  let dir: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'minutier-sw-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Minutier</title>');
    writeFileSync(join(dir, 'sw.js'), 'define(["./workbox-4db61445"], function () {});');
    writeFileSync(join(dir, 'workbox-4db61445.js'), 'define([], function () {});');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {};');
    server = await startTestServer({ staticDir: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves sw.js as JavaScript that the browser asks for again at every update check', async () => {
    const response = await fetch(`${server.url}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('workbox-4db61445');
  });

  it('serves the Workbox runtime it imports as JavaScript, cacheable since its name is its content', async () => {
    const response = await fetch(`${server.url}/workbox-4db61445.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('sends no security header that would stop a same-origin worker from registering', async () => {
    const response = await fetch(`${server.url}/sw.js`);
    // A Content-Security-Policy without worker-src/script-src 'self' would block the worker.
    const policy = response.headers.get('content-security-policy');
    if (policy) expect(policy).toMatch(/(worker-src|script-src|default-src)[^;]*'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('leaves the other files and the page paths as they were', async () => {
    const asset = await fetch(`${server.url}/assets/index-abc.js`);
    expect(asset.headers.get('cache-control')).toBeNull();
    const page = await fetch(`${server.url}/cr/abc`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Minutier</title>');
  });
});
