import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { createLogger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { seedRegistry } from '../demo/seedDemo';
import { createSqlitePlanStore } from '../storage/sqlitePlanStore';
import { createSqliteStore } from '../storage/sqliteStore';

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port>/collab, the y-websocket server URL */
  collabUrl: string;
  store: DocumentStore;
  dbFile: string;
  createDocument(title?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  maxFrameBytes?: number;
  compactAfterUpdates?: number;
  heartbeatMs?: number;
  /** Wraps the real SQLite store (e.g. to make it fail on purpose). */
  wrapStore?: (store: DocumentStore) => DocumentStore;
}

/** The real app on a real port with a real SQLite file in a fresh directory. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-test-'));
  const dbFile = join(dir, 'minutier.sqlite');
  const sqlite = createSqliteStore({ filename: dbFile });
  const store = options.wrapStore ? options.wrapStore(sqlite) : sqlite;
  const plans = createSqlitePlanStore(dbFile);
  await seedRegistry(plans);
  const { app, relay, injectWebSocket } = createApp({
    store,
    plans,
    logger: createLogger('silent'),
    config: {
      maxFrameBytes: options.maxFrameBytes ?? 8 * 1024 * 1024,
      compactAfterUpdates: options.compactAfterUpdates ?? 500,
      heartbeatMs: options.heartbeatMs ?? 0,
      staticDir: join(dir, 'no-client'),
    },
  });
  const closers: Array<() => Promise<void>> = [];
  const port = await new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
    injectWebSocket(server);
    closers.push(
      () =>
        new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive HTTP sockets from fetch() would hold close() open.
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    store,
    dbFile,
    async createDocument(title = 'Réunion de test') {
      const response = await fetch(`${url}/api/minutes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ meta: { title } }),
      });
      if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    },
    async close() {
      await relay.close();
      for (const close of closers) await close();
      await plans.close();
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
