import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yWebsocketWire } from '../protocol/wire';
import { ChildServer, repoRoot } from './childServer';
import { benchAdminEnv, expectStatus, obtainApiToken, request } from './minutierAccess';
import type { RunningTarget, Target } from './target';

/**
 * The checkout whose server is measured: this one by default. Point it at another
 * (one with node_modules) to compare two versions of the relay in the same run conditions.
 */
export const serverRoot = process.env.BENCH_MINUTIER_ROOT ?? repoRoot;

/** Our real server, as users run it: its own process, SQLite in a fresh data directory, access checks on. */
export const minutierTarget: Target = {
  name: 'minutier',
  holdsState: true,
  keepsDocumentWithoutClients: true,
  measuresIdleDocuments: true,
  async start(): Promise<RunningTarget> {
    const dataDir = await mkdtemp(join(tmpdir(), 'minutier-bench-'));
    const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_CONTENT: 'false', LOG_LEVEL: 'warn', ...benchAdminEnv };
    const server = await ChildServer.start('minutier', 'server/src/main.ts', env, serverRoot).catch(async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    });
    const stop = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
    // The port changes when the server restarts; the token, stored in SQLite, does not.
    const origin = () => `127.0.0.1:${server.port}`;
    const token = await obtainApiToken(origin()).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return {
      target: minutierTarget,
      get pids() {
        return [server.pid];
      },
      wire: yWebsocketWire,
      async createDocument(title) {
        const response = await request(`http://${origin()}/api/minutes`, { method: 'POST', headers: authorization, body: { meta: { title } } });
        await expectStatus(response, 201, 'POST /api/minutes');
        return ((await response.json()) as { id: string }).id;
      },
      // Every socket presents the token, so every connection is checked.
      connectionRequest: async (documentId) => ({ url: `ws://${origin()}/collab/${documentId}`, headers: authorization }),
      output: () => server.output(),
      assertAlive: () => server.assertAlive(),
      memoryReport: () => server.memoryReport(),
      restart: () => server.restart(),
      stop,
    };
  },
};
