import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Redis } from 'ioredis';
import { createApp } from './app';
import { loginLimiterOptions } from './auth/loginAttempts';
import { LINK_PAGES } from './auth/linkUrl';
import { RedisLoginLimiter } from './auth/redisLoginLimiter';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config';
import { createLogger } from './log';
import { reportMemoryOnSignal } from './memoryReport';
import { createSmtpMailer } from './mail/smtpMailer';
import { createPdfPrinter } from './export/renderPdf';
import { RedisBus } from './relay/cluster/redisBus';
import { rebuildDerivedIndexes } from './storage/rebuildDerivedIndexes';
import { openPgStores } from './storage/postgres/pgStores';
import { openSqliteStores } from './storage/sqliteStores';

const config = loadConfig();
const logger = createLogger(config.logLevel);
// Every write chain contains its own failures (R24); this is the net under them: a
// forgotten rejection is logged as the bug it is, instead of ending every connection.
process.on('unhandledRejection', (reason) => logger.error('process.unhandled_rejection', { reason: String(reason) }));

// SQLite in DATA_DIR unless DATABASE_URL names a PostgreSQL that instances share (issue 18).
const stores = config.databaseUrl ? await openPgStores(config.databaseUrl, config, logger) : openSqliteStores(config, logger);
// With REDIS_URL, instances tell each other what they store (C1–C6) and count failed sign-ins together (A7).
const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
redis?.on('error', (error: Error) => logger.warn('login_limiter.redis_error', { reason: error.message }));
const bus = config.redisUrl ? new RedisBus(config.redisUrl, logger) : undefined;
const loginAttempts = redis && new RedisLoginLimiter(redis, 'minutier:login:', loginLimiterOptions());

const pdf = createPdfPrinter();
// Two instances starting together on an empty database make one collective and one demo (S5).
const { setupSecret } = await stores.oneAtATime('bootstrap', () =>
  bootstrap(stores, { demoContent: config.demoContent, admin: config.admin }, logger),
);

// Without SMTP_URL there is no mailer: nothing can send e-mail, and the UI says so (T7).
const mailer = config.mail ? createSmtpMailer({ url: config.mail.smtpUrl, from: config.mail.from }) : undefined;
const { app, relay, injectWebSocket } = createApp({ ...stores, pdf, logger, config, mailer, bus, loginAttempts });
// In the background, in slices: the server answers while an older database gets its indexes (Q3).
stores.oneAtATime('rebuild', () => rebuildDerivedIndexes(stores, logger)).catch((error) =>
  logger.error('indexes.rebuild_failed', { reason: String(error) }),
);
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = `http://${host}:${info.port}`;
  logger.info('server.listening', { host: config.host, port: info.port, dataDir: config.dataDir, storage: config.databaseUrl ? 'postgresql' : 'sqlite', cluster: Boolean(bus) });
  console.log(`Minutier est prêt : ${base}`);
  if (setupSecret) {
    console.log(`Première connexion : créez le compte de la coordination sur ${base}/${LINK_PAGES.setup}/${setupSecret}`);
  }
});
injectWebSocket(server);
// For the benchmark's memory breakdown: a signal, so nothing is readable from the network.
reportMemoryOnSignal(() => relay.memoryFigures());

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info('server.stopping', { signal });
  await relay.close();
  server.close();
  await pdf.close();
  await mailer?.close();
  await redis?.quit().catch(() => undefined);
  await stores.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
