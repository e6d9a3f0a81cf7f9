import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../testing/collabClient';
import { recordingLogger } from '../../testing/recordingLogger';
import { type RedisProcess, startRedisProcess } from '../../testing/redisProcess';
import type { ControlMessage } from './clusterBus';
import { RedisBus } from './redisBus';

describe('RedisBus (C1, C3–C6)', () => {
  let redis: RedisProcess;
  const buses: RedisBus[] = [];
  const logger = recordingLogger();
  let prefix: string;

  beforeAll(async () => {
    redis = await startRedisProcess();
  });
  afterAll(async () => {
    await redis.stop();
  });
  afterEach(async () => {
    for (const bus of buses.splice(0)) await bus.close();
  });

  const bus = () => {
    const made = new RedisBus(redis.url, logger, prefix);
    buses.push(made);
    return made;
  };
  const subscribed = () => new Promise((resolve) => setTimeout(resolve, 100));
  const fresh = () => {
    prefix = `t:${randomBytes(4).toString('hex')}:`;
  };

  it('C1: a stored update reaches the instances listening to its document, and never comes back to its own', async () => {
    fresh();
    const [a, b] = [bus(), bus()];
    const heardByA: number[] = [];
    const heardByB: Array<[number, number[]]> = [];
    const otherDocument: number[] = [];
    a.listen('cr', { stored: (seq) => heardByA.push(seq), presence: () => undefined, presenceQuery: () => undefined });
    b.listen('cr', { stored: (seq, update) => heardByB.push([seq, [...update]]), presence: () => undefined, presenceQuery: () => undefined });
    b.listen('autre', { stored: (seq) => otherDocument.push(seq), presence: () => undefined, presenceQuery: () => undefined });
    await subscribed();
    a.publishStored('cr', 7, new Uint8Array([1, 2, 3]));
    await eventually(() => expect(heardByB).toEqual([[7, [1, 2, 3]]]));
    expect(heardByA).toEqual([]);
    expect(otherDocument).toEqual([]);
  });

  it('C4: control messages reach every other instance, checked on the way in', async () => {
    fresh();
    const [a, b] = [bus(), bus()];
    const heardByA: ControlMessage[] = [];
    const heardByB: ControlMessage[] = [];
    a.onControl((message) => heardByA.push(message));
    b.onControl((message) => heardByB.push(message));
    await subscribed();
    a.publishControl({ kind: 'setFrozen', documentId: 'cr', frozen: true });
    await eventually(() => expect(heardByB).toEqual([{ kind: 'setFrozen', documentId: 'cr', frozen: true }]));
    expect(heardByA).toEqual([]);
  });

  it('C6: what is not a message of ours is dropped and logged, and the bus goes on', async () => {
    fresh();
    const b = bus();
    const stored: number[] = [];
    const control: ControlMessage[] = [];
    b.listen('cr', { stored: (seq) => stored.push(seq), presence: () => undefined, presenceQuery: () => undefined });
    b.onControl((message) => control.push(message));
    await subscribed();
    const raw = new Redis(redis.url);
    try {
      await raw.publish(`${prefix}doc:cr`, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x01]));
      await raw.publish(`${prefix}control`, '{"from":"x","message":{"kind":"setFrozen","documentId":"cr","frozen":"oui"}}');
      await raw.publish(`${prefix}control`, 'pas du JSON');
    } finally {
      await raw.quit();
    }
    await eventually(() => expect(logger.lines.filter((line) => line.event === 'cluster.message_refused').length).toBeGreaterThanOrEqual(2));
    const a = bus();
    await subscribed();
    a.publishStored('cr', 3, new Uint8Array([9]));
    await eventually(() => expect(stored).toEqual([3]));
    expect(control).toEqual([]);
  });

  it('C3: an instance that stops is gone for the others, so its clients’ presence can go too', async () => {
    fresh();
    const [a, b] = [bus(), bus()];
    const gone: string[] = [];
    b.onInstanceGone((instanceId) => gone.push(instanceId));
    await subscribed();
    a.publishPresence('cr', new Uint8Array([0]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await a.close();
    buses.splice(buses.indexOf(a), 1);
    await eventually(() => expect(gone).toEqual([a.instanceId]));
  });

  it('C5: a claim is won by one instance only, until it expires', async () => {
    fresh();
    const [a, b] = [bus(), bus()];
    const claims = await Promise.all([a.claim('indexes:cr:12', 200), b.claim('indexes:cr:12', 200)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await b.claim('indexes:cr:12', 200)).toBe(true);
  });
});
