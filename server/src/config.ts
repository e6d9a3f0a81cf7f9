import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The only place that reads process.env. Every variable is documented in README.md. */
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  STATIC_DIR: z.string().min(1).default(resolve(repoRoot, 'dist/client')),
  MAX_FRAME_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  HEARTBEAT_MS: z.coerce.number().int().min(0).default(30_000),
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('info'),
  DEMO_CONTENT: flag.default(true),
  ANNEX_MAX_BYTES: z.coerce.number().int().min(1).default(20 * 1024 * 1024),
  MINUTIER_ADMIN_EMAIL: z.string().email().optional(),
  MINUTIER_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  SMTP_URL: z
    .string()
    .url()
    .refine((url) => /^smtps?:\/\//.test(url), 'smtp:// or smtps:// expected')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  DATABASE_URL: z
    .string()
    .url()
    .refine((url) => /^postgres(ql)?:\/\//.test(url), 'postgres:// or postgresql:// expected')
    .optional(),
  DATABASE_SYNCHRONOUS_COMMIT: z.enum(['on', 'off']).default('on'),
  REDIS_URL: z
    .string()
    .url()
    .refine((url) => /^rediss?:\/\//.test(url), 'redis:// or rediss:// expected')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  maxFrameBytes: number;
  sqliteSynchronous: 'NORMAL' | 'FULL';
  compactAfterUpdates: number;
  heartbeatMs: number;
  logLevel: 'info' | 'warn' | 'error' | 'silent';
  demoContent: boolean;
  /** Largest annex file accepted (N2). */
  annexMaxBytes: number;
  /** First coordination account, created on first start when both are set. */
  admin: { email: string; password: string } | undefined;
  /** SMTP for e-mail (reminders, T7); without `SMTP_URL` the server sends no e-mail at all. */
  mail: { smtpUrl: string; from: string } | undefined;
  /** PostgreSQL instead of the embedded SQLite file (issue 18); undefined: SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * PostgreSQL's `synchronous_commit` for Minutier's sessions: `on` waits for the disk at every
   * commit (survives a power cut); `off` survives the crash of any instance but may lose the
   * last fraction of a second if PostgreSQL itself stops, like `SQLITE_SYNCHRONOUS=NORMAL`.
   */
  databaseSynchronousCommit: 'on' | 'off';
  /** Redis, through which instances sharing `databaseUrl` tell each other what changed (C1–C6). */
  redisUrl: string | undefined;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.MAIL_FROM) throw new Error('Invalid configuration: MAIL_FROM: required when SMTP_URL is set');
  // Instances with SQLite files of their own share nothing for Redis to fan out.
  if (e.REDIS_URL && !e.DATABASE_URL) throw new Error('Invalid configuration: REDIS_URL: requires DATABASE_URL');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    staticDir: resolve(e.STATIC_DIR),
    maxFrameBytes: e.MAX_FRAME_BYTES,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    heartbeatMs: e.HEARTBEAT_MS,
    logLevel: e.LOG_LEVEL,
    demoContent: e.DEMO_CONTENT,
    annexMaxBytes: e.ANNEX_MAX_BYTES,
    admin:
      e.MINUTIER_ADMIN_EMAIL && e.MINUTIER_ADMIN_PASSWORD
        ? { email: e.MINUTIER_ADMIN_EMAIL, password: e.MINUTIER_ADMIN_PASSWORD }
        : undefined,
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    databaseUrl: e.DATABASE_URL,
    databaseSynchronousCommit: e.DATABASE_SYNCHRONOUS_COMMIT,
    redisUrl: e.REDIS_URL,
  };
}
