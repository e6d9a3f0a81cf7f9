import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../testing/testServer';

describe('/api/plans', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const put = (path: string, body: unknown, as = server.admin) => server.api(path, { method: 'PUT', body, as });

  it('lists the registry seeded from the collective’s plan', async () => {
    const list = (await (await server.api('/api/plans')).json()) as { plans: Array<{ id: string; measureCount: number }> };
    expect(list.plans).toEqual([expect.objectContaining({ id: 'pan-teh-2014-2016', measureCount: 11 })]);
    const plan = (await (await server.api('/api/plans/pan-teh-2014-2016')).json()) as {
      measures: Array<{ number: number; title: string }>;
    };
    expect(plan.measures.find((m) => m.number === 22)?.title).toMatch(/Coordination départementale/);
  });

  it('lets the coordination add and rename measures', async () => {
    expect((await put('/api/plans/pan-teh-2014-2016/measures/23', { title: 'Nouvelle mesure' })).status).toBe(200);
    expect((await put('/api/plans/pan-teh-2014-2016/measures/22', { title: 'Coordination locale' })).status).toBe(200);
    const plan = (await (await server.api('/api/plans/pan-teh-2014-2016')).json()) as {
      measures: Array<{ number: number; title: string }>;
    };
    expect(plan.measures.filter((m) => m.number >= 22)).toEqual([
      { number: 22, title: 'Coordination locale' },
      { number: 23, title: 'Nouvelle mesure' },
    ]);
  });

  it('refuses measure edits by other roles, bad measures and unknown plans', async () => {
    const secretariat = await server.createUser('secretariat');
    expect((await put('/api/plans/pan-teh-2014-2016/measures/3', { title: 'x' }, secretariat)).status).toBe(403);
    expect((await put('/api/plans/pan-teh-2014-2016/measures/zéro', { title: 'x' })).status).toBe(400);
    expect((await put('/api/plans/pan-teh-2014-2016/measures/3', { title: '' })).status).toBe(400);
    const unknown = await put('/api/plans/inconnu/measures/3', { title: 'x' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toBe('Ce plan n’existe pas.');
    expect((await server.api('/api/plans/inconnu')).status).toBe(404);
    expect((await server.api('/api/plans', { as: null })).status).toBe(401);
  });

  it('keeps each collective’s registry its own', async () => {
    await server.api('/api/plans/pan-teh-2014-2016/measures/22', { method: 'PUT', body: { title: 'Renommée ici' } });
    const other = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    const plan = (await (await server.api('/api/plans/pan-teh-2014-2016', { as: other })).json()) as {
      measures: Array<{ number: number; title: string }>;
    };
    expect(plan.measures.find((m) => m.number === 22)?.title).toMatch(/Coordination départementale/);
  });
});
