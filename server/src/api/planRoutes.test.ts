import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { seedRegistry } from '../demo/seedDemo';
import { createLogger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import type { PlanStore } from '../storage/planStore';
import { createSqlitePlanStore } from '../storage/sqlitePlanStore';
import { createSqliteStore } from '../storage/sqliteStore';

describe('/api/plans', () => {
  let store: DocumentStore;
  let plans: PlanStore;
  let app: ReturnType<typeof createApp>['app'];

  beforeEach(async () => {
    store = createSqliteStore({ filename: ':memory:' });
    plans = createSqlitePlanStore(':memory:');
    await seedRegistry(plans);
    app = createApp({
      store,
      plans,
      logger: createLogger('silent'),
      config: { maxFrameBytes: 1 << 20, compactAfterUpdates: 500, heartbeatMs: 0, staticDir: '/nonexistent' },
    }).app;
  });
  afterEach(async () => {
    await store.close();
    await plans.close();
  });

  const put = (path: string, body: unknown) =>
    app.request(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('lists the registry seeded from the collective’s plan', async () => {
    const list = (await (await app.request('/api/plans')).json()) as { plans: Array<{ id: string; measureCount: number }> };
    expect(list.plans).toEqual([expect.objectContaining({ id: 'pan-teh-2014-2016', measureCount: 11 })]);
    const plan = (await (await app.request('/api/plans/pan-teh-2014-2016')).json()) as {
      measures: Array<{ number: number; title: string }>;
    };
    expect(plan.measures.find((m) => m.number === 22)?.title).toMatch(/Coordination départementale/);
  });

  it('adds and renames measures, and a second seeding keeps the edits', async () => {
    expect((await put('/api/plans/pan-teh-2014-2016/measures/23', { title: 'Nouvelle mesure' })).status).toBe(200);
    expect((await put('/api/plans/pan-teh-2014-2016/measures/22', { title: 'Coordination locale' })).status).toBe(200);
    expect(await seedRegistry(plans)).toBe(false);
    const plan = await plans.get('pan-teh-2014-2016');
    expect(plan?.measures.filter((m) => m.number >= 22)).toEqual([
      { number: 22, title: 'Coordination locale' },
      { number: 23, title: 'Nouvelle mesure' },
    ]);
  });

  it('refuses bad measures and unknown plans with French messages', async () => {
    expect((await put('/api/plans/pan-teh-2014-2016/measures/zéro', { title: 'x' })).status).toBe(400);
    expect((await put('/api/plans/pan-teh-2014-2016/measures/3', { title: '' })).status).toBe(400);
    const unknown = await put('/api/plans/inconnu/measures/3', { title: 'x' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toBe('Ce plan n’existe pas.');
    expect((await app.request('/api/plans/inconnu')).status).toBe(404);
  });
});
