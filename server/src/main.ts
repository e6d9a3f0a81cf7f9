import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadConfig } from './config';
import { seedDemoMinutes, seedRegistry } from './demo/seedDemo';
import { createLogger } from './log';
import { createSqlitePlanStore } from './storage/sqlitePlanStore';
import { createSqliteStore } from './storage/sqliteStore';

const config = loadConfig();
const logger = createLogger(config.logLevel);

mkdirSync(config.dataDir, { recursive: true });
const databaseFile = join(config.dataDir, 'minutier.sqlite');
const store = createSqliteStore({ filename: databaseFile, synchronous: config.sqliteSynchronous });
const plans = createSqlitePlanStore(databaseFile);
if (await seedRegistry(plans)) logger.info('registry.seeded');
if (config.demoContent) {
  const demoId = await seedDemoMinutes(store);
  if (demoId) logger.info('demo.seeded', { doc: demoId });
}

const { app, relay, injectWebSocket } = createApp({ store, plans, logger, config });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info('server.listening', { host: config.host, port: info.port, dataDir: config.dataDir });
  console.log(`Minutier est prêt : http://${host}:${info.port}`);
});
injectWebSocket(server);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info('server.stopping', { signal });
  await relay.close();
  server.close();
  await plans.close();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
