import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { LetterCreated } from '../../../shared/api/letters';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { MessageType } from '../../../shared/protocol/messages';
import { encodeUpdate } from '../relay/frames';
import { validatedMinutes } from '../sending/sendingTestHelpers';
import { storedDoc } from '../storage/storedDoc';
import { appendToBody, bodyText } from '../testing/bodyText';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { openRawSocket } from '../testing/rawSocket';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

describe('a letter’s body on the relay (L2)', () => {
  let server: TestServer;
  let secretariat: TestUser;
  let member: TestUser;
  let letterId: string;
  let minutesId: string;
  const clients: CollabClient[] = [];
  const client = (token: string) => {
    const connected = connectClient(server.collabUrl, letterId, token);
    clients.push(connected);
    return connected;
  };
  const storedBody = async (): Promise<string> => {
    const doc = storedDoc((await server.store.load(letterId))!);
    try {
      return bodyText(doc);
    } finally {
      doc.destroy();
    }
  };

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await server.createUser('secretariat');
    member = await server.createUser('member');
    minutesId = await validatedMinutes(server, 'Réunion du 3 mars 2014');
    const response = await server.api(`/api/minutes/${minutesId}/letters`, { body: {}, as: secretariat });
    letterId = ((await response.json()) as LetterCreated).id;
  });
  afterEach(() => {
    for (const connected of clients.splice(0)) connected.destroy();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('L2: the secretariat types into the letter’s body and a second client converges; it is stored', async () => {
    const writer = client(secretariat.token);
    const other = client(server.admin.token);
    await Promise.all([synced(writer), synced(other)]);
    expect(writer.text()).toMatch(/^Madame, Monsieur,/);
    writer.type(' Ajout du secrétariat.');
    await eventually(() => expect(other.text()).toBe(writer.text()));
    expect(other.text()).toContain('Ajout du secrétariat.');
    await eventually(async () => expect(await storedBody()).toContain('Ajout du secrétariat.'));
  });

  it('L2: a member reads the letter’s body but its edits reach neither the others nor the database', async () => {
    const raw = openRawSocket(server.collabUrl, letterId, { token: member.token });
    await raw.opened;
    const attacker = new Y.Doc();
    appendToBody(attacker, 'FALSIFIÉ PAR UN MEMBRE');
    raw.send(encodeUpdate(Y.encodeStateAsUpdate(attacker)));
    // The relay answers a read-only socket's update with an auth refusal.
    await eventually(() => expect(raw.frames.filter((frame) => frame[0] === MessageType.auth)).toHaveLength(1));
    const reading = client(member.token);
    await synced(reading);
    expect(reading.text()).toMatch(/^Madame, Monsieur,/);
    const writer = client(server.admin.token);
    await synced(writer);
    writer.type(' Suite.');
    await eventually(() => expect(reading.text()).toContain('Suite.'));
    expect(reading.text()).not.toContain('FALSIFIÉ');
    expect(await storedBody()).not.toContain('FALSIFIÉ');
    raw.socket.close();
  });

  it('L2: someone of another collective, or with only a share of the compte-rendu, cannot open the letter’s room', async () => {
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre') });
    const guest = await server.createUser('coordination', { collectiveId: await server.createCollective('Invités') });
    const shared = await server.api(`/api/minutes/${minutesId}/shares`, { method: 'PUT', body: { email: guest.user.email, access: 'write' } });
    expect(shared.status).toBeLessThan(300);
    for (const stranger of [outsider, guest]) {
      const raw = openRawSocket(server.collabUrl, letterId, { token: stranger.token });
      expect((await raw.closed).code).toBe(CloseCode.unknownDocument);
      expect(raw.frames).toEqual([]);
    }
  });
});
