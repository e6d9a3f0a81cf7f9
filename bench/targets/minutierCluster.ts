import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgTestSchema } from '../../server/src/testing/pgTestSchema';
import { yWebsocketWire } from '../protocol/wire';
import { ChildServer } from './childServer';
import { benchAdminEnv, expectStatus, obtainApiToken, request } from './minutierAccess';
import { serverRoot } from './minutier';
import { startBenchRedis } from './redisServer';
import type { RunningTarget, Target } from './target';

const instances = 2;

/**
 * Our server scaled out (issue 18): two instances, each its own process, on a fresh
 * PostgreSQL schema and a private redis-server. Each document's clients alternate
 * between the instances in the order they connect (first on A, then B, A, …), so
 * every document is open on both and an edit reaches half its readers through Redis.
 */
export const minutierClusterTarget: Target = {
  name: 'minutier-cluster',
  holdsState: true,
  keepsDocumentWithoutClients: true,
  measuresIdleDocuments: false,
  async start(): Promise<RunningTarget> {
    // Everything started so far, stopped in reverse order by `stop` or when a later step fails.
    const cleanups: Array<() => Promise<unknown>> = [];
    const stop = async () => {
      const failures: unknown[] = [];
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => failures.push(error));
      if (failures.length > 0) throw new Error(`minutier-cluster clean-up failed: ${failures.map(String).join('; ')}`);
    };
    try {
      const schema = await createPgTestSchema();
      cleanups.push(() => schema.drop());
      const redis = await startBenchRedis();
      cleanups.push(() => redis.stop());
      // Annexes are files: instances serving the same documents share the directory, as they would in production.
      const dataDir = await mkdtemp(join(tmpdir(), 'minutier-bench-cluster-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const env = {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: schema.url,
        REDIS_URL: redis.url,
        DEMO_CONTENT: 'false',
        LOG_LEVEL: 'warn',
        // The single instance it is compared with runs SQLite at NORMAL: a commit survives the
        // server's crash, not a power cut. The same durability class on PostgreSQL (SPEC S6);
        // BENCH_CLUSTER_SYNCHRONOUS_COMMIT=on measures commits that wait for the disk.
        DATABASE_SYNCHRONOUS_COMMIT: process.env.BENCH_CLUSTER_SYNCHRONOUS_COMMIT === 'on' ? 'on' : 'off',
        ...benchAdminEnv,
      };
      // Both start at once on the empty schema, as two instances of a deployment do (S5).
      const started = await Promise.allSettled(
        Array.from({ length: instances }, (_, index) => ChildServer.start(`minutier-cluster ${'AB'[index]}`, 'server/src/main.ts', env, serverRoot)),
      );
      const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      // The servers are stopped before the database and Redis they use.
      cleanups.push(() => Promise.all(servers.map((server) => server.stop())));
      const refused = started.find((result) => result.status === 'rejected');
      if (refused) throw refused.reason;

      const origin = (index: number) => `127.0.0.1:${servers[index]!.port}`;
      // One sign-in: the token is stored in PostgreSQL and valid on every instance.
      const token = await obtainApiToken(origin(0));
      const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      const connectionsSoFar = new Map<string, number>();
      return {
        target: minutierClusterTarget,
        get pids() {
          return servers.map((server) => server.pid);
        },
        wire: yWebsocketWire,
        async createDocument(title) {
          const response = await request(`http://${origin(0)}/api/minutes`, { method: 'POST', headers: authorization, body: { meta: { title } } });
          await expectStatus(response, 201, 'POST /api/minutes');
          return ((await response.json()) as { id: string }).id;
        },
        // Scenarios ask in the order their clients connect, so a document's writers 0 and 1 land on A and B.
        async connectionRequest(documentId) {
          const made = connectionsSoFar.get(documentId) ?? 0;
          connectionsSoFar.set(documentId, made + 1);
          return { url: `ws://${origin(made % instances)}/collab/${documentId}`, headers: authorization };
        },
        output: () => servers.map((server, index) => `--- instance ${'AB'[index]} ---\n${server.output()}`).join('\n'),
        assertAlive: () => servers.forEach((server) => server.assertAlive()),
        // Each instance reports its own memory; one figure for the pair would mean nothing.
        memoryReport: async () => undefined,
        restart: async () => {
          await Promise.all(servers.map((server) => server.restart()));
        },
        stop,
      };
    } catch (error) {
      await stop().catch(() => undefined);
      throw error;
    }
  },
};
