import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CollabClient, connectClient, eventually, synced } from './testing/collabClient';
import { type ServerProcess, startServerProcess } from './testing/serverProcess';
import { createToken, signIn } from './testing/signIn';

const admin = { MINUTIER_ADMIN_EMAIL: 'coordination@exemple.org', MINUTIER_ADMIN_PASSWORD: 'un mot de passe assez long' };

describe('crash recovery', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'minutier-crash-'));
  const clients: CollabClient[] = [];
  let server: ServerProcess | undefined;

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('R3: text another client has seen survives kill -9 of the server and a restart', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir, ...admin });
    const session = await signIn(server.url, admin.MINUTIER_ADMIN_EMAIL, admin.MINUTIER_ADMIN_PASSWORD);
    const token = await createToken(session);
    const created = await session.fetch('/api/minutes', {
      body: { meta: { title: 'Réunion du 22 novembre 2013', meetingDate: '2013-11-22' } },
    });
    const { id } = (await created.json()) as { id: string };
    const collab = server.url.replace('http', 'ws') + '/collab';

    const alice = connectClient(collab, id, token);
    const bob = connectClient(collab, id, token);
    clients.push(alice, bob);
    await Promise.all([synced(alice), synced(bob)]);
    for (const word of ['Secours ', 'Catholique ', ': ', 'M. Soulage ', 'note que…']) alice.type(word);
    await eventually(() => expect(bob.text()).toBe('Secours Catholique : M. Soulage note que…'));

    await server.kill('SIGKILL');
    server = await startServerProcess({ DATA_DIR: dataDir, ...admin });

    const carol = connectClient(server.url.replace('http', 'ws') + '/collab', id, token);
    clients.push(carol);
    await synced(carol);
    expect(carol.text()).toBe('Secours Catholique : M. Soulage note que…');
    const listed = (await (await fetch(`${server.url}/api/minutes`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      minutes: Array<{ id: string }>;
    };
    expect(listed.minutes.map((m) => m.id)).toEqual([id]);
  });
});
