import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentStore } from '../storage/documentStore';
import { type TestServer, startTestServer } from '../testing/testServer';

/** A real SQLITE_FULL: a database allowed two pages, asked to store more. */
function sqliteFull(): Error {
  const db = new Database(':memory:');
  try {
    db.pragma('max_page_count = 2');
    db.exec('CREATE TABLE t (b BLOB)');
    db.prepare('INSERT INTO t VALUES (?)').run(Buffer.alloc(64 * 1024));
  } catch (error) {
    return error as Error;
  } finally {
    db.close();
  }
  throw new Error('SQLite stored more than it may');
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** The store, with `create` failing as a full disk makes it fail. */
const failingCreate = (failure: () => Error) => (store: DocumentStore): DocumentStore =>
  Object.assign(Object.create(store) as DocumentStore, { create: async () => Promise.reject(failure()) });

const DISK_FULL = {
  error: 'disk_full',
  message: 'Le serveur n’a plus d’espace disque : cette action n’a pas pu être enregistrée. Prévenez l’administrateur du serveur.',
};

describe('A13: a full disk is said as such', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it.each([
    ['SQLITE_FULL', sqliteFull],
    ['ENOSPC', enospc],
  ])('A13: creating a compte-rendu on a full disk (%s) answers 507 with a French message, and stores nothing', async (_, failure) => {
    server = await startTestServer({ wrapStore: failingCreate(failure) });
    const secretariat = await server.createUser('secretariat');
    for (const as of [server.admin, secretariat]) {
      const response = await server.api('/api/minutes', { body: { meta: { title: 'Réunion' } }, as });
      expect(response.status).toBe(507);
      expect(await response.json()).toEqual(DISK_FULL);
    }
    // The roles that may not create still get their 403, disk full or not.
    for (const role of ['member', 'reader'] as const) {
      const refused = await server.api('/api/minutes', { body: { meta: { title: 'x' } }, as: await server.createUser(role) });
      expect(refused.status).toBe(403);
    }
    expect(((await (await server.api('/api/minutes')).json()) as { minutes: unknown[] }).minutes).toEqual([]);
  });

  it('A13: signing in on a full disk answers 507 with the same message; other failures stay a generic 500', async () => {
    server = await startTestServer();
    expect(sqliteFull()).toMatchObject({ code: 'SQLITE_FULL' });
    const login = () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: server.admin.user.email, password: server.admin.password }),
      });
    const lookUp = vi.spyOn(server.accounts, 'findUserByEmail').mockRejectedValueOnce(sqliteFull());
    const full = await login();
    expect(full.status).toBe(507);
    expect(await full.json()).toEqual(DISK_FULL);
    lookUp.mockRejectedValueOnce(new Error('database disk image is malformed'));
    const broken = await login();
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ error: 'internal', message: 'Erreur interne du serveur.' });
    expect((await login()).status).toBe(200);
  });
});
