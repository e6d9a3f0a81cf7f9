import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.maxFrameBytes).toBe(8 * 1024 * 1024);
    expect(config.demoContent).toBe(true);
  });

  it('reads overrides', () => {
    const config = loadConfig({ PORT: '0', DATA_DIR: '/tmp/x', DEMO_CONTENT: 'false', SQLITE_SYNCHRONOUS: 'FULL' });
    expect(config).toMatchObject({ port: 0, dataDir: '/tmp/x', demoContent: false, sqliteSynchronous: 'FULL' });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'trois mille' })).toThrow(/PORT/);
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(/SQLITE_SYNCHRONOUS/);
  });

  it('keeps SQLite without DATABASE_URL, and fans out through Redis only with a shared database (issue 18)', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: undefined, redisUrl: undefined });
    const cluster = loadConfig({ DATABASE_URL: 'postgres://127.0.0.1:5432/minutier', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(cluster).toMatchObject({ databaseUrl: 'postgres://127.0.0.1:5432/minutier', redisUrl: 'redis://127.0.0.1:6379', databaseSynchronousCommit: 'on' });
    expect(loadConfig({ DATABASE_SYNCHRONOUS_COMMIT: 'off' }).databaseSynchronousCommit).toBe('off');
    expect(() => loadConfig({ DATABASE_SYNCHRONOUS_COMMIT: 'local' })).toThrow(/DATABASE_SYNCHRONOUS_COMMIT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/minutier' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/REDIS_URL: requires DATABASE_URL/);
  });
});
