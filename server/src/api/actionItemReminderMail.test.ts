import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailSettingsResponse, ReminderPreview, ReminderSent } from '../../../shared/api/actionItemReminder';
import type { Role } from '../../../shared/api/roles';
import { createSmtpMailer } from '../mail/smtpMailer';
import type { Mailer } from '../mail/mailer';
import { type SmtpTestServer, startSmtpTestServer } from '../testing/smtpTestServer';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const actionItem = (id: string, text: string, owners: string[], due: string, status = 'open') => ({
  type: 'actionItem',
  attrs: { id, owners, due, status },
  content: [paragraph(text)],
});
const TITLE = 'Réunion du Collectif du 14 mars 2014';
const addresses = (recipients: Array<{ email: string }>) => recipients.map((recipient) => recipient.email).sort();

describe('reminder e-mails of the coordination (SPEC T7)', () => {
  let server: TestServer;
  let smtp: SmtpTestServer;
  let mailer: Mailer;
  let documentId: string;
  const users: Partial<Record<'amicaleMember' | 'amicaleReader' | 'horsLaRue' | 'secretariat' | 'outsider', TestUser>> = {};
  let ownersMembers: string[];

  const path = (itemId: string, id = documentId) => `/api/action-items/${id}/${itemId}/reminder`;
  const send = (itemId: string, as?: TestUser, body: unknown = { confirm: true }) => server.api(path(itemId), { method: 'POST', body, as });
  const inAssociation = async (role: Role, associationId: string | null, email: string) => {
    const account = await server.createUser(role, { email });
    if (associationId) await server.accounts.updateUser(account.user.id, { associationId });
    return account;
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'Minutier <minutier@exemple.org>' });
    server = await startTestServer({ mailer });
    await server.accounts.createAssociation({ id: 'amicale', collectiveId: server.collectiveId, name: 'Amicale du Nid' });
    await server.accounts.createAssociation({ id: 'hlr', collectiveId: server.collectiveId, name: 'Hors la Rue' });
    await server.accounts.createAssociation({ id: 'autre', collectiveId: server.collectiveId, name: 'Autre association' });
    users.amicaleMember = await inAssociation('member', 'amicale', 'membre.amicale@exemple.org');
    users.amicaleReader = await inAssociation('reader', 'amicale', 'lecteur.amicale@exemple.org');
    users.horsLaRue = await inAssociation('member', 'hlr', 'membre.hlr@exemple.org');
    users.secretariat = await inAssociation('secretariat', 'autre', 'secretariat@exemple.org');
    const disabled = await inAssociation('member', 'amicale', 'ancien.amicale@exemple.org');
    await server.accounts.updateUser(disabled.user.id, { disabled: true });
    await inAssociation('member', null, 'sans.association@exemple.org');
    ownersMembers = ['lecteur.amicale@exemple.org', 'membre.amicale@exemple.org', 'membre.hlr@exemple.org'];

    const otherCollective = await server.createCollective('Autre collectif');
    users.outsider = await server.createUser('coordination', { collectiveId: otherCollective, email: 'coordination@ailleurs.org' });

    const created = await server.api('/api/minutes', {
      body: {
        meta: { title: TITLE, meetingDate: '2014-03-14' },
        content: {
          type: 'doc',
          content: [
            actionItem('lettre', 'Envoyer la lettre à la Ministre.', ['Amicale du Nid', 'hors la rue'], '2014-03-15'),
            actionItem('budget', 'Préparer le budget.', ['Amicale du Nid'], '2014-03-20'),
            actionItem('rapport', 'Relire le rapport.', ['Amicale du Nid'], '2014-01-15', 'done'),
            actionItem('futur', 'Préparer la fête.', ['Amicale du Nid'], '2099-06-30'),
            actionItem('orphelin', 'Appeler la mairie.', ['Association inconnue'], '2014-01-15'),
            actionItem('cle', 'Réserver la salle.', ['Hors la Rue'], '2014-02-01'),
            actionItem('double', 'Envoyer le compte-rendu.', ['Hors la Rue'], '2014-02-01'),
          ],
        },
      },
    });
    expect(created.status).toBe(201);
    documentId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await server?.close();
    await mailer?.close();
    await smtp?.close();
  });

  it('T7: the coordination previews, then sends one French e-mail to the active members of the owner associations, audited', async () => {
    const previewed = await server.api(path('lettre'));
    expect(previewed.status).toBe(200);
    const preview = (await previewed.json()) as ReminderPreview;
    expect(addresses(preview.recipients)).toEqual(ownersMembers);
    expect(preview.subject).toBe(`Rappel : point à suivre en retard — ${TITLE}`);
    expect(preview.text).toContain('«\u00a0Envoyer la lettre à la Ministre.\u00a0»');
    expect(preview.text).toContain('Échéance : 15 mars 2014');
    expect(smtp.messages).toHaveLength(0);

    const response = await send('lettre', undefined, { confirm: true, note: 'Merci de nous dire où vous en êtes.' });
    expect(response.status).toBe(200);
    const sent = (await response.json()) as ReminderSent;
    expect(addresses(sent.recipients)).toEqual(ownersMembers);

    const [mail] = await smtp.waitForMessages(1);
    expect(smtp.messages).toHaveLength(1);
    expect(mail?.envelopeTo.sort()).toEqual(ownersMembers);
    expect(mail?.envelopeFrom).toBe('minutier@exemple.org');
    expect(mail?.authUser).toBe('tests');
    expect(mail?.parsed.subject).toBe(`Rappel : point à suivre en retard — ${TITLE}`);
    const text = mail?.parsed.text ?? '';
    expect(text).toContain('Envoyer la lettre à la Ministre.');
    expect(text).toContain('Porteurs : Amicale du Nid, hors la rue');
    expect(text).toContain('Échéance : 15 mars 2014');
    expect(text).toContain(`Issu du compte-rendu : ${TITLE}\n`);
    expect(text).toContain(`${server.admin.user.name}, pour la coordination (Collectif de test)`);
    expect(text).toContain('Merci de nous dire où vous en êtes.');
    expect(text).toContain(`${server.url}/a-suivre?status=open&overdue=1`);

    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; target: string; details: Record<string, unknown> }> };
    expect(audit.entries.find((entry) => entry.action === 'action_item.reminder_sent')).toMatchObject({
      target: documentId,
      details: { itemId: 'lettre', recipients: 3, title: TITLE },
    });
  });

  it('T7: a second click within the hour is refused in French and sends nothing more', async () => {
    const before = smtp.messages.length;
    const first = await send('budget');
    expect(first.status).toBe(200);
    await smtp.waitForMessages(before + 1);
    const again = await send('budget');
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toMatch(/un seul rappel par heure et par point/);
    // The send is awaited before answering: a refused click has nothing still on its way.
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('T7: of two clicks at the same moment, one sends and the other is refused', async () => {
    const before = smtp.messages.length;
    const statuses = (await Promise.all([send('double'), send('double')])).map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409]);
    await smtp.waitForMessages(before + 1);
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('T7, A17: the same Idempotency-Key gets the first answer again and sends once', async () => {
    const before = smtp.messages.length;
    const post = () =>
      fetch(`${server.url}${path('cle')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.admin.token}`, 'content-type': 'application/json', 'Idempotency-Key': 'rappel-cle-0123456789' },
        body: JSON.stringify({ confirm: true }),
      });
    const first = await post();
    expect(first.status).toBe(200);
    const replay = await post();
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await replay.json()).toEqual(await first.json());
    await smtp.waitForMessages(before + 1);
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('T7: readers, members and the secretariat are refused (403); another collective gets 404', async () => {
    for (const as of [users.amicaleReader, users.amicaleMember, users.secretariat]) {
      const refused = await send('futur', as);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toBe('Seule la coordination peut envoyer un rappel par e-mail.');
      expect((await server.api(path('futur'), { as })).status).toBe(403);
    }
    expect((await send('lettre', users.outsider)).status).toBe(404);
    expect((await server.api(path('lettre'), { as: users.outsider })).status).toBe(404);
    expect((await server.api('/api/action-items/inconnu/lettre/reminder', { method: 'POST', body: { confirm: true } })).status).toBe(404);
    expect((await send('inconnu')).status).toBe(404);
  });

  it('T7: a done item, an item not yet late and an item nobody owns are refused (409, French); nothing without confirm: true (400)', async () => {
    const before = smtp.messages.length;
    const done = await send('rapport');
    expect(done.status).toBe(409);
    expect(((await done.json()) as { message: string }).message).toMatch(/déjà fait/);
    expect((await send('futur')).status).toBe(409);
    const nobody = await send('orphelin');
    expect(nobody.status).toBe(409);
    expect(((await nobody.json()) as { message: string }).message).toMatch(/Personne à qui envoyer ce rappel/);
    for (const body of [{}, { confirm: false }, { confirm: 'true' }]) {
      const unconfirmed = await send('futur', undefined, body);
      expect(unconfirmed.status).toBe(400);
      expect(((await unconfirmed.json()) as { message: string }).message).toMatch(/confirmez l’envoi du rappel/);
    }
    expect(smtp.messages).toHaveLength(before);
  });

  it('T7: the server says mail is configured', async () => {
    expect(await ((await server.api('/api/settings/mail', { as: users.amicaleReader })).json()) as MailSettingsResponse).toEqual({ configured: true });
  });

  describe('when the SMTP server refuses the message', () => {
    let failing: TestServer;
    let rejecting: Mailer;
    beforeAll(async () => {
      rejecting = { send: () => Promise.reject(new Error('554 refused')), close: async () => undefined };
      failing = await startTestServer({ mailer: rejecting });
    });
    afterAll(() => failing?.close());

    it('T7: the click is told nothing was sent (502, French) and may try again at once', async () => {
      await failing.accounts.createAssociation({ id: 'hlr', collectiveId: failing.collectiveId, name: 'Hors la Rue' });
      const member = await failing.createUser('member');
      await failing.accounts.updateUser(member.user.id, { associationId: 'hlr' });
      const created = await failing.api('/api/minutes', {
        body: { meta: { title: TITLE }, content: { type: 'doc', content: [actionItem('cle', 'Réserver la salle.', ['Hors la Rue'], '2014-02-01')] } },
      });
      const id = ((await created.json()) as { id: string }).id;
      for (let attempt = 0; attempt < 2; attempt++) {
        const refused = await failing.api(`/api/action-items/${id}/cle/reminder`, { method: 'POST', body: { confirm: true } });
        expect(refused.status).toBe(502);
        expect(((await refused.json()) as { message: string }).message).toMatch(/rien n’a été envoyé/);
      }
    });
  });

  describe('without SMTP', () => {
    let bare: TestServer;
    beforeAll(async () => {
      bare = await startTestServer();
    });
    afterAll(() => bare?.close());

    it('T7: nothing can be sent (503, French) and the server says mail is not configured', async () => {
      const id = await bare.createDocument('Réunion sans messagerie');
      const refused = await bare.api(`/api/action-items/${id}/lettre/reminder`, { method: 'POST', body: { confirm: true } });
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { message: string }).message).toBe('L’envoi d’e-mails n’est pas configuré sur ce serveur (SMTP_URL).');
      expect(await ((await bare.api('/api/settings/mail')).json()) as MailSettingsResponse).toEqual({ configured: false });
    });
  });
});
