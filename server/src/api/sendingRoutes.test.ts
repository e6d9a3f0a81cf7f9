import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendingPreview, SendingsResponse, SendingView } from '../../../shared/api/sending';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';
import { type SmtpTestServer, startSmtpTestServer } from '../testing/smtpTestServer';
import { sha256, writeAnnexSection } from '../annexes/annexTestHelpers';
import { validate, validatedMinutes } from '../sending/sendingTestHelpers';

const outside = {
  confirm: true,
  channel: 'outside',
  recipients: [],
  addressee: 'Ministère de l’Intérieur',
  profile: 'external',
  format: 'docx',
};
const email = { ...outside, channel: 'email', recipients: [{ email: 'cabinet@interieur.exemple.gouv.fr', name: 'Cabinet du ministre' }] };

describe('D1, D5, D6: who may send, what must be confirmed, and who sees the sendings (server without SMTP)', () => {
  let server: TestServer;
  let smtp: SmtpTestServer;
  let id: string;
  let draft: string;
  let users: Record<'secretariat' | 'member' | 'reader', TestUser>;
  let stranger: TestUser;

  beforeAll(async () => {
    // Listening, yet this server has no SMTP_URL: nothing may ever reach it.
    smtp = await startSmtpTestServer();
    server = await startTestServer();
    id = await validatedMinutes(server, 'Réunion du 3 mars 2014');
    draft = await server.createDocument('Réunion en cours');
    users = {
      secretariat: await server.createUser('secretariat'),
      member: await server.createUser('member'),
      reader: await server.createUser('reader'),
    };
    const other = await server.createCollective('Autre collectif');
    stranger = await server.createUser('coordination', { collectiveId: other });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('D1: only the coordination of the document’s collective may preview or send; another collective gets 404', async () => {
    for (const [role, as] of Object.entries(users)) {
      const sent = await server.api(`/api/minutes/${id}/sendings`, { body: outside, as });
      expect(sent.status, role).toBe(403);
      const preview = await server.api(`/api/minutes/${id}/sendings/preview?channel=outside&addressee=X&profile=external&format=docx`, { as });
      expect(preview.status, role).toBe(403);
    }
    expect((await server.api(`/api/minutes/${id}/sendings`, { body: outside, as: stranger })).status).toBe(404);
    expect((await server.api(`/api/minutes/${id}/sendings`, { as: stranger })).status).toBe(404);
    expect((await server.api(`/api/minutes/${id}/sendings`, { body: outside, as: null })).status).toBe(401);
  });

  it('D1: refuses a compte-rendu that is not validated, and a sending without confirmation', async () => {
    const notValidated = await server.api(`/api/minutes/${draft}/sendings`, { body: outside });
    expect(notValidated.status).toBe(409);
    expect(((await notValidated.json()) as { message: string }).message).toBe('Seul un compte-rendu validé s’envoie.');
    const { confirm: _confirm, ...unconfirmed } = outside;
    expect((await server.api(`/api/minutes/${id}/sendings`, { body: unconfirmed })).status).toBe(400);
    expect((await server.api(`/api/minutes/${id}/sendings`, { body: { ...outside, confirm: false } })).status).toBe(400);
    const noRecipient = await server.api(`/api/minutes/${id}/sendings`, { body: { ...email, recipients: [] } });
    expect(noRecipient.status).toBe(400);
    const badAddress = await server.api(`/api/minutes/${id}/sendings`, { body: { ...email, recipients: [{ email: 'pas une adresse' }] } });
    expect(badAddress.status).toBe(400);
    const externalAnnexes = await server.api(`/api/minutes/${id}/sendings`, { body: { ...outside, withAnnexes: true } });
    expect(externalAnnexes.status).toBe(400);
    const list = (await (await server.api(`/api/minutes/${id}/sendings`)).json()) as SendingsResponse;
    expect(list.sendings).toEqual([]);
  });

  it('D5: answers 503 for an e-mail when SMTP is not configured, and records nothing', async () => {
    const refused = await server.api(`/api/minutes/${id}/sendings`, { body: email });
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { message: string }).message).toMatch(/n’est pas configuré/);
    expect(((await (await server.api(`/api/minutes/${id}/sendings`)).json()) as SendingsResponse).sendings).toEqual([]);
  });

  it('D5: records an « outside » sending with its file’s hash, without any SMTP traffic, audited', async () => {
    const preview = await server.api(
      `/api/minutes/${id}/sendings/preview?channel=outside&addressee=${encodeURIComponent('Préfecture')}&profile=external&format=docx`,
    );
    expect(preview.status).toBe(200);
    const { attachments } = (await preview.json()) as { attachments: Array<{ name: string; sha256: string }> };
    expect(attachments).toHaveLength(1);
    expect(attachments[0]?.name).toMatch(/\.docx$/);
    const response = await server.api(`/api/minutes/${id}/sendings`, { body: outside });
    expect(response.status).toBe(201);
    const sending = (await response.json()) as SendingView;
    expect(sending).toMatchObject({ channel: 'outside', addressee: 'Ministère de l’Intérieur', recipients: [], messageId: null });
    expect(sending.sentBy).toEqual({ id: server.admin.user.id, name: server.admin.user.name });
    expect(sending.files).toEqual([{ name: attachments[0]?.name, size: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    // The download gives exactly the recorded bytes (the DOCX writer stamps the time: a new export would differ).
    const download = await server.api(`/api/minutes/${id}/sendings/${sending.id}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain(sending.files[0]?.name);
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(sha256(bytes)).toBe(sending.files[0]?.sha256);
    expect(bytes.byteLength).toBe(sending.files[0]?.size);
    expect(Object.keys(unzipSync(bytes))).toContain('word/document.xml');
    expect((await server.api(`/api/minutes/${id}/sendings/${sending.id}/download`, { as: users.reader })).status).toBe(403);
    expect(smtp.messages).toHaveLength(0);
    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; target: string; details: Record<string, unknown> }> };
    expect(audit.entries).toContainEqual(
      expect.objectContaining({ action: 'document.sent', target: id, details: expect.objectContaining({ channel: 'outside', addressee: 'Ministère de l’Intérieur' }) }),
    );
  });

  it('D6: the list is for anyone who may read the compte-rendu, not for another collective', async () => {
    const list = await server.api(`/api/minutes/${id}/sendings`, { as: users.reader });
    expect(list.status).toBe(200);
    const { sendings } = (await list.json()) as SendingsResponse;
    expect(sendings.map((sending) => sending.channel)).toEqual(['outside']);
    expect((await server.api(`/api/minutes/${id}/sendings`, { as: stranger })).status).toBe(404);
  });

  it('D5: deleting the compte-rendu (once reopened) deletes its sendings and their kept files', async () => {
    const { sendings } = (await (await server.api(`/api/minutes/${id}/sendings`)).json()) as SendingsResponse;
    const kept = join(server.annexDir, id, `sending-${sendings[0]?.id}-0`);
    expect(existsSync(kept)).toBe(true);
    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Doublon à supprimer' } })).status).toBe(200);
    expect((await server.api(`/api/minutes/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect(existsSync(kept)).toBe(false);
  });
});

describe('D3: a linked compte-rendu goes with the internal version’s annexes', () => {
  const label = 'Compte-rendu de la réunion du 18 octobre 2013';
  const internalPreview = `channel=outside&addressee=${encodeURIComponent('Préfecture')}&profile=internal&format=odt&withAnnexes=true`;

  /** A validated compte-rendu whose only annex links to another compte-rendu of the collective. */
  async function linkingMinutes(server: TestServer): Promise<string> {
    const linked = await server.createDocument('Réunion du 18 octobre 2013');
    const id = await server.createDocument('Réunion du 22 novembre 2013');
    await writeAnnexSection(server, id, [{ kind: 'minutes', documentId: linked, label }]);
    await validate(server, id);
    return id;
  }
  const previewed = async (server: TestServer, id: string, query: string) => {
    const response = await server.api(`/api/minutes/${id}/sendings/preview?${query}`);
    return { status: response.status, body: (await response.json()) as SendingPreview & { error?: string } };
  };

  let server: TestServer;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer();
    id = await linkingMinutes(server);
  });
  afterAll(() => server?.close());

  it('lists the linked compte-rendu in the sending’s format, named as the bundle names it, and not without the annexes', async () => {
    const { status, body } = await previewed(server, id, internalPreview);
    expect(status).toBe(200);
    expect(body.attachments.map((file) => file.name)).toEqual([expect.stringMatching(/\.odt$/), `Annexe 1 - ${label}.odt`]);
    expect(body.attachments[1]?.size).toBeGreaterThan(0);
    const without = await previewed(server, id, internalPreview.replace('withAnnexes=true', 'withAnnexes=false'));
    expect(without.body.attachments).toHaveLength(1);
  });

  it('counts the linked compte-rendu in the size one sending may carry', async () => {
    const { body } = await previewed(server, id, internalPreview);
    const [minutes, linked] = body.attachments.map((file) => file.size) as [number, number];
    const small = await startTestServer({ sendingMaxBytes: minutes + Math.floor(linked / 2) });
    try {
      const smallId = await linkingMinutes(small);
      expect((await previewed(small, smallId, internalPreview.replace('withAnnexes=true', 'withAnnexes=false'))).status).toBe(200);
      const refused = await previewed(small, smallId, internalPreview);
      expect(refused.status).toBe(413);
      expect(refused.body.error).toBe('sending_too_large');
    } finally {
      await small.close();
    }
  });
});
