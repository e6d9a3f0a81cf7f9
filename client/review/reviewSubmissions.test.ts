import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSession } from '../api/http';
import { ReviewSubmissions } from './reviewSubmissions';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const me = { user: { id: 'u', role: 'secretariat' }, collective: { id: 'c', name: 'Collectif' }, csrfToken: 'jeton' };
const version = { id: 'v2', label: 'Avant relecture', kind: 'manual', hash: 'h', createdAt: '2014-02-10T09:30:00Z', createdBy: 'u' };

/** The server as the panel sees it: `failNext` loses the next POST's answer on the way. */
function fakeServer() {
  const sent: { path: string; key: string | undefined }[] = [];
  const server = { sent, failNext: false };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      if (path === '/api/me') return json(200, me);
      sent.push({ path, key: (init?.headers as Record<string, string>)['Idempotency-Key'] });
      if (server.failNext) {
        server.failNext = false;
        throw new TypeError('fetch failed');
      }
      return json(200, path.endsWith('/approvals') ? {} : version);
    }),
  );
  return server;
}

const keysFor = (server: ReturnType<typeof fakeServer>, path: string) =>
  server.sent.filter((request) => request.path === path).map((request) => request.key);

beforeEach(() => forgetSession());
afterEach(() => vi.unstubAllGlobals());

describe('ReviewSubmissions (A17)', () => {
  it('sends the same key when a version is saved again after a failure, a new one after a success or for another name', async () => {
    const server = fakeServer();
    const submissions = new ReviewSubmissions('cr-1');
    server.failNext = true;
    await expect(submissions.saveVersion('Avant relecture')).rejects.toThrow();
    await submissions.saveVersion('Avant relecture');
    await submissions.saveVersion('Avant relecture');
    server.failNext = true;
    await expect(submissions.saveVersion('Avant relecture')).rejects.toThrow();
    await submissions.saveVersion('Après relecture');
    const [failed, retried, again, failedAgain, other] = keysFor(server, '/api/minutes/cr-1/versions');
    expect(failed).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(retried).toBe(failed);
    expect(again).not.toBe(retried);
    expect(failedAgain).not.toBe(again);
    expect(other).not.toBe(failedAgain);
  });

  it('sends the same key when a restore is retried after a failure, a new one for the next restore', async () => {
    const server = fakeServer();
    const submissions = new ReviewSubmissions('cr-1');
    server.failNext = true;
    await expect(submissions.restoreVersion('v1')).rejects.toThrow();
    await submissions.restoreVersion('v1');
    await submissions.restoreVersion('v1');
    const [failed, retried, again] = keysFor(server, '/api/minutes/cr-1/versions/v1/restore');
    expect(failed).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(retried).toBe(failed);
    expect(again).not.toBe(retried);
  });

  it('sends the same key when an approval of the same text is retried, a new one once the text has changed or after a success', async () => {
    const server = fakeServer();
    const submissions = new ReviewSubmissions('cr-1');
    server.failNext = true;
    await expect(submissions.approve('hash-1')).rejects.toThrow();
    server.failNext = true;
    await expect(submissions.approve('hash-1')).rejects.toThrow();
    await submissions.approve('hash-2');
    await submissions.approve('hash-2');
    const [failed, retried, changed, again] = keysFor(server, '/api/minutes/cr-1/approvals');
    expect(failed).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(retried).toBe(failed);
    expect(changed).not.toBe(retried);
    expect(again).not.toBe(changed);
  });
});
