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
});
