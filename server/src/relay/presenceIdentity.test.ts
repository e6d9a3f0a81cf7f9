import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../auth/secrets';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

describe('presence shows the account (R22)', () => {
  let server: TestServer;
  let member: TestUser;
  let documentId: string;
  const clients: CollabClient[] = [];

  function connect(who: TestUser): CollabClient {
    const client = connectClient(server.collabUrl, documentId, who.token);
    clients.push(client);
    return client;
  }

  beforeEach(async () => {
    server = await startTestServer();
    const associationId = newId();
    await server.accounts.createAssociation({ id: associationId, collectiveId: server.collectiveId, name: 'Amicale du Nid' });
    member = await server.createUser('member');
    await server.accounts.updateUser(member.user.id, { associationId });
    documentId = await server.createDocument();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('R22: a member announcing « Ministre (Cabinet de la Ministre) » is shown to the others with the name and association of the account', async () => {
    const forger = connect(member);
    const observer = connect(server.admin);
    await Promise.all([synced(forger), synced(observer)]);
    forger.provider.awareness.setLocalStateField('user', {
      name: 'Ministre',
      association: 'Cabinet de la Ministre',
      color: '#b42318',
    });
    const forgerId = forger.provider.awareness.clientID;
    await eventually(() =>
      expect(observer.provider.awareness.getStates().get(forgerId)).toEqual({
        user: { name: member.user.name, association: 'Amicale du Nid', color: '#b42318' },
      }),
    );

    // A newcomer is greeted with the stored state: the forged name was never kept.
    const newcomer = connect(server.admin);
    await synced(newcomer);
    await eventually(() =>
      expect(newcomer.provider.awareness.getStates().get(forgerId)).toMatchObject({
        user: { name: member.user.name, association: 'Amicale du Nid' },
      }),
    );
    expect(JSON.stringify([...newcomer.provider.awareness.getStates().values()])).not.toContain('Ministre');
  });

  it('R22: an account outside any association is shown with the collective, like its suggestions', async () => {
    const observer = connect(member);
    const coordination = connect(server.admin);
    await Promise.all([synced(observer), synced(coordination)]);
    coordination.provider.awareness.setLocalStateField('user', { name: 'Amicale du Nid', association: 'Amicale du Nid' });
    const id = coordination.provider.awareness.clientID;
    await eventually(() =>
      expect(observer.provider.awareness.getStates().get(id)).toEqual({
        user: { name: server.admin.user.name, association: 'Collectif de test' },
      }),
    );
  });
});
