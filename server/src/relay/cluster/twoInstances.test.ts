import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CloseCode } from '../../../../shared/protocol/closeCodes';
import { type CollabClient, connectClient, eventually, synced } from '../../testing/collabClient';
import { type PgTestSchema, createPgTestSchema } from '../../testing/pgTestSchema';
import { type RedisProcess, startRedisProcess } from '../../testing/redisProcess';
import { adminToken, apiCall, processAdminEnv } from '../../testing/processAdmin';
import { type ServerProcess, loggedEvents, startServerProcess } from '../../testing/serverProcess';

/**
 * Two real server processes on one PostgreSQL and one Redis (issue 18), with stock
 * y-websocket clients: what one process alone cannot show.
 */
describe('two instances on PostgreSQL and Redis (C1–C6)', () => {
  let schema: PgTestSchema;
  let redis: RedisProcess;
  let a: ServerProcess;
  let b: ServerProcess;
  let token: string;
  const clients: CollabClient[] = [];

  const start = () =>
    startServerProcess({
      ...processAdminEnv,
      DATABASE_URL: schema.url,
      REDIS_URL: redis.url,
      DATA_DIR: `/tmp/minutier-cluster-${schema.name}`,
      DEMO_CONTENT: 'true',
      HEARTBEAT_MS: '0',
    });
  const collabUrl = (server: ServerProcess) => `${server.url.replace('http', 'ws')}/collab`;
  const client = (server: ServerProcess, documentId: string, as = token) => {
    const made = connectClient(collabUrl(server), documentId, as);
    clients.push(made);
    return made;
  };
  const createDocument = async (server: ServerProcess) => {
    const response = await apiCall(server.url, token, '/api/minutes', { body: { meta: { title: 'Réunion du Collectif' } } });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const storedText = async (server: ServerProcess, id: string) =>
    JSON.stringify(((await (await apiCall(server.url, token, `/api/minutes/${id}`)).json()) as { content: unknown }).content);

  beforeAll(async () => {
    // Each stock y-websocket provider listens for the process' exit: ten writers and more are expected here.
    process.setMaxListeners(40);
    [schema, redis] = await Promise.all([createPgTestSchema(), startRedisProcess()]);
    // S5: both start on the empty database at the same moment.
    [a, b] = await Promise.all([start(), start()]);
    ({ token } = await adminToken(a.url));
  }, 90_000);

  afterAll(async () => {
    for (const made of clients.splice(0)) made.destroy();
    await Promise.all([a?.kill('SIGTERM'), b?.kill('SIGTERM')]);
    await redis?.stop();
    await schema?.drop();
  }, 60_000);

  it('S5: two instances starting together on an empty database both come up, with one collective and one demo', async () => {
    const listA = (await (await apiCall(a.url, token, '/api/minutes')).json()) as { minutes: unknown[] };
    const listB = (await (await apiCall(b.url, token, '/api/minutes')).json()) as { minutes: unknown[] };
    expect(listB).toEqual(listA);
    // The demo: the validated compte-rendu of 22 November 2013 and the one prepared after it.
    expect(listA.minutes).toHaveLength(2);
    const migrated = [...loggedEvents(a), ...loggedEvents(b)].filter((line) => line.event === 'storage.migrated');
    expect(migrated).toHaveLength(1);
  });

  it('C1, R3: stock clients on instance A and on instance B converge, and the store holds what both typed', async () => {
    const id = await createDocument(a);
    const onA = client(a, id);
    const onB = client(b, id);
    await Promise.all([synced(onA), synced(onB)]);
    onA.type('Hors la Rue propose un groupe de travail. ');
    onB.type('Le Secours Catholique accepte.');
    await eventually(() => {
      expect(onA.text()).toBe(onB.text());
      expect(onA.text()).toContain('Hors la Rue propose');
      expect(onA.text()).toContain('Le Secours Catholique accepte.');
    });
    await eventually(async () => expect(await storedText(b, id)).toContain('Le Secours Catholique accepte.'));
    expect(await storedText(a, id)).toContain('Hors la Rue propose');
  });

  it('C3: presence crosses instances, signed with the account, and goes with its connection', async () => {
    const id = await createDocument(a);
    const onA = client(a, id);
    const onB = client(b, id);
    await Promise.all([synced(onA), synced(onB)]);
    onA.provider.awareness.setLocalStateField('user', { name: 'Quelqu’un d’autre', color: '#884400' });
    const clientA = onA.doc.clientID;
    await eventually(() => {
      const seen = onB.provider.awareness.getStates().get(clientA) as { user?: { name?: string } } | undefined;
      // The relay writes the account's own name over whatever the client claims (R22).
      expect(seen?.user?.name).toBe('Coordination');
    });
    onA.destroy();
    await eventually(() => expect(onB.provider.awareness.getStates().has(clientA)).toBe(false));
  });

  it('C4, W4: a validation on instance A freezes the document for a socket on instance B', async () => {
    const id = await createDocument(a);
    const onB = client(b, id);
    await synced(onB);
    onB.type('Avant la validation.');
    await eventually(async () => expect(await storedText(a, id)).toContain('Avant la validation.'));
    const closes: number[] = [];
    onB.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    const validated = await apiCall(a.url, token, `/api/minutes/${id}/validate`, {
      body: { meetingDate: '2014-02-17', confirmWithoutUnanimity: true },
    });
    expect(validated.status).toBe(201);
    await eventually(() => expect(closes).toContain(CloseCode.rightsChanged));
    await synced(onB);
    onB.type(' Après la validation.');
    // Nothing typed after the validation is stored, on either instance.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await storedText(b, id)).not.toContain('Après la validation');
    expect(await storedText(a, id)).not.toContain('Après la validation');
  });

  it('C4, R19: a token revoked on instance A closes its socket on instance B', async () => {
    const id = await createDocument(a);
    const other = await adminToken(a.url);
    const socket = new WebSocket(`${collabUrl(b)}/${id}?token=${other.token}`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const revoked = await apiCall(a.url, token, `/api/tokens/${other.id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    expect(await closed).toBe(CloseCode.unauthenticated);
  });

  it('A7, sessions: a session opened on instance A works on instance B, and sign-in failures count on both', async () => {
    const session = await adminToken(a.url);
    expect((await fetch(`${b.url}/api/me`, { headers: { cookie: session.cookie } })).status).toBe(200);
    const tryPassword = (server: ServerProcess) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'personne@example.org', password: 'pas le bon mot de passe' }),
      });
    for (let i = 0; i < 5; i++) expect((await tryPassword(i % 2 === 0 ? a : b)).status).toBe(401);
    // The account's delay, reached through both instances, holds on each.
    expect((await tryPassword(b)).status).toBe(429);
    expect((await tryPassword(a)).status).toBe(429);
  });

  it('C2: instance A killed (SIGKILL) while ten writers type on both instances: nothing is lost once it is back', async () => {
    const id = await createDocument(a);
    const writers = Array.from({ length: 10 }, (_, index) => client(index % 2 === 0 ? a : b, id));
    await Promise.all(writers.map(synced));
    let round = 0;
    const typing = setInterval(() => {
      round++;
      writers.forEach((writer, index) => writer.type(`[${index}:${round}]`));
    }, 30);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await a.kill();
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(typing);
    await a.restart();
    // Each writer's clients reconnect on their own and send what the server lacks.
    const expected = writers.flatMap((_, index) => Array.from({ length: round }, (__, r) => `[${index}:${r + 1}]`));
    await eventually(() => {
      for (const writer of writers) {
        expect(writer.text()).toBe(writers[0]!.text());
      }
      for (const token of expected) expect(writers[0]!.text()).toContain(token);
    }, 20_000);
    await eventually(async () => {
      const stored = await storedText(b, id);
      for (const token of expected) expect(stored).toContain(token);
    }, 10_000);
  }, 60_000);

  it('C2: Redis restarted while clients type on both instances: they converge once it is back', async () => {
    const id = await createDocument(a);
    const onA = client(a, id);
    const onB = client(b, id);
    await Promise.all([synced(onA), synced(onB)]);
    await redis.stop();
    onA.type('Tapé sur A pendant la coupure. ');
    onB.type('Tapé sur B pendant la coupure. ');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.start();
    onA.type('Après le retour.');
    await eventually(() => {
      expect(onA.text()).toBe(onB.text());
      for (const words of ['Tapé sur A pendant la coupure.', 'Tapé sur B pendant la coupure.', 'Après le retour.']) {
        expect(onB.text()).toContain(words);
      }
    }, 20_000);
  }, 60_000);
});
