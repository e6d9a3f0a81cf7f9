import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendingPreview, SendingsResponse, SendingView } from '../../../shared/api/sending';
import { samplePdf } from '../annexes/sampleAnnexFiles';
import { sha256, uploadAnnex, uploadedId, writeAnnexSection } from '../annexes/annexTestHelpers';
import type { Mailer } from '../mail/mailer';
import { createSmtpMailer } from '../mail/smtpMailer';
import { validate, validatedMinutes } from '../sending/sendingTestHelpers';
import { type ReceivedMail, type SmtpTestServer, startSmtpTestServer } from '../testing/smtpTestServer';
import { type TestServer, startTestServer } from '../testing/testServer';

const SUBJECT = 'Compte-rendu de la réunion du 3 mars 2014 — Collectif de test';
const recipients = [
  { email: 'cabinet@interieur.exemple.gouv.fr', name: 'Cabinet du ministre' },
  { email: 'secretariat@miprof.exemple.gouv.fr' },
];
const request = (overrides: Record<string, unknown>) => ({
  confirm: true,
  channel: 'email',
  recipients,
  addressee: 'Ministère de l’Intérieur',
  profile: 'external',
  format: 'docx',
  ...overrides,
});
const query = (overrides: Record<string, string>) =>
  new URLSearchParams({ channel: 'email', recipients: JSON.stringify(recipients), addressee: 'Ministère de l’Intérieur', profile: 'external', format: 'docx', ...overrides });

/** Each attachment of a received message: name, type and the hash of the bytes that arrived. */
const received = (mail: ReceivedMail | undefined) =>
  (mail?.parsed.attachments ?? []).map((attachment) => ({ name: attachment.filename, sha256: sha256(attachment.content), content: attachment.content }));

describe('D2, D3, D4: a validated compte-rendu sent by e-mail to a real SMTP server', () => {
  let smtp: SmtpTestServer;
  let mailer: Mailer;
  let server: TestServer;
  let id: string;
  let annexed: string;
  const letter = samplePdf('Lettre au ministre');

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'Minutier <minutier@exemple.org>' });
    server = await startTestServer({ mailer, sendingMaxBytes: 1024 * 1024 });
    id = await validatedMinutes(server, 'Réunion du 3 mars 2014');
    annexed = await server.createDocument('Réunion du 3 mars 2014');
    const letterId = await uploadedId(await uploadAnnex(server, annexed, 'courrier.pdf', letter));
    await writeAnnexSection(server, annexed, [{ kind: 'file', annexId: letterId, label: 'Lettre au ministre' }]);
    await validate(server, annexed);
  });
  afterAll(async () => {
    await server?.close();
    await mailer?.close();
    await smtp?.close();
  });

  it('D2: previews the recipients, the subject and the attachment, then sends exactly that, recorded with the hashes received', async () => {
    const preview = await server.api(`/api/minutes/${id}/sendings/preview?${query({ message: 'Avec nos salutations.' })}`);
    expect(preview.status).toBe(200);
    const shown = (await preview.json()) as SendingPreview;
    expect(shown.recipients).toEqual(recipients);
    expect(shown.subject).toBe(SUBJECT);
    expect(shown.text).toContain('Avec nos salutations.');
    expect(shown.attachments.map((file) => file.name)).toEqual([expect.stringMatching(/^2014-03-03-compte-rendu.*version-externe\.docx$/)]);
    expect(smtp.messages).toHaveLength(0);

    const response = await server.api(`/api/minutes/${id}/sendings`, { body: request({ message: 'Avec nos salutations.' }) });
    expect(response.status, await response.clone().text()).toBe(201);
    const sending = (await response.json()) as SendingView;
    const [mail] = await smtp.waitForMessages(1);
    expect(mail?.parsed.subject).toBe(SUBJECT);
    expect(mail?.envelopeTo).toEqual(recipients.map((recipient) => recipient.email));
    expect(mail?.parsed.text).toContain('Ministère de l’Intérieur');
    expect(mail?.parsed.text).toContain('Avec nos salutations.');
    expect(mail?.parsed.messageId).toBe(sending.messageId);
    const files = received(mail);
    expect(files.map(({ name, sha256 }) => ({ name, sha256 }))).toEqual(sending.files.map(({ name, sha256 }) => ({ name, sha256 })));
    expect(files[0]?.name).toBe(shown.attachments[0]?.name);
    expect(sending.files[0]?.size).toBe(files[0]?.content.byteLength);
    expect(Object.keys(unzipSync(new Uint8Array(files[0]!.content)))).toContain('word/document.xml');
    expect(sending).toMatchObject({ channel: 'email', addressee: 'Ministère de l’Intérieur', recipients });
  });

  it('D3: the internal version with annexes carries the ODT and each annex as the bundle names it, byte for byte', async () => {
    const before = smtp.messages.length;
    const response = await server.api(`/api/minutes/${annexed}/sendings`, {
      body: request({ profile: 'internal', format: 'odt', withAnnexes: true }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const sending = (await response.json()) as SendingView;
    const mail = (await smtp.waitForMessages(before + 1))[before];
    const files = received(mail);
    expect(files.map((file) => file.name)).toEqual([expect.stringMatching(/\.odt$/), 'Annexe 1 - Lettre au ministre.pdf']);
    expect(files[1]?.sha256).toBe(sha256(letter));
    expect(files.map((file) => file.sha256)).toEqual(sending.files.map((file) => file.sha256));
    // The ODT writer stamps no time: a direct export of the same format and profile gives the same bytes.
    const direct = await server.api(`/api/minutes/${annexed}/export?format=odt&profile=internal`);
    expect(sha256(new Uint8Array(await direct.arrayBuffer()))).toBe(files[0]?.sha256);
    const odt = unzipSync(new Uint8Array(files[0]!.content));
    expect(new TextDecoder().decode(odt.mimetype)).toBe('application/vnd.oasis.opendocument.text');
  });

  it('D3: the external version and an internal one without annexes carry no annex', async () => {
    const preview = await server.api(`/api/minutes/${annexed}/sendings/preview?${query({ profile: 'internal', withAnnexes: 'false' })}`);
    expect(((await preview.json()) as SendingPreview).attachments).toHaveLength(1);
  });

  it('D3: refuses with 413 files that outgrow what one e-mail may carry, and sends nothing', async () => {
    const large = await server.createDocument('Réunion du 3 mars 2014');
    const bytes = new Uint8Array(1200 * 1024);
    bytes.set(samplePdf());
    const annexId = await uploadedId(await uploadAnnex(server, large, 'rapport.pdf', bytes));
    await writeAnnexSection(server, large, [{ kind: 'file', annexId, label: 'Rapport' }]);
    await validate(server, large);
    const before = smtp.messages.length;
    const refused = await server.api(`/api/minutes/${large}/sendings`, { body: request({ profile: 'internal', withAnnexes: true }) });
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { message: string }).message).toMatch(/sans les annexes/);
    const list = (await (await server.api(`/api/minutes/${large}/sendings`)).json()) as SendingsResponse;
    expect(list.sendings).toEqual([]);
    expect(smtp.messages).toHaveLength(before);
  });

  it('D2: a PDF sending carries a real PDF whose hash is recorded', { timeout: 60_000 }, async () => {
    const before = smtp.messages.length;
    const response = await server.api(`/api/minutes/${id}/sendings`, { body: request({ format: 'pdf' }) });
    expect(response.status, await response.clone().text()).toBe(201);
    const sending = (await response.json()) as SendingView;
    const [file] = received((await smtp.waitForMessages(before + 1))[before]);
    expect(new TextDecoder().decode(file!.content.subarray(0, 5))).toBe('%PDF-');
    expect(file?.sha256).toBe(sending.files[0]?.sha256);
  });

  it('D4 (A17): a double submission with one Idempotency-Key sends one message and records one sending', async () => {
    const before = smtp.messages.length;
    const listed = async () => ((await (await server.api(`/api/minutes/${id}/sendings`)).json()) as SendingsResponse).sendings.length;
    const recorded = await listed();
    const submit = () =>
      fetch(`${server.url}/api/minutes/${id}/sendings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.admin.token}`, 'content-type': 'application/json', 'Idempotency-Key': 'double-clic-envoi-0001' },
        body: JSON.stringify(request({})),
      });
    const [first, second] = await Promise.all([submit(), submit()]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(((await first.json()) as SendingView).id).toBe(((await second.json()) as SendingView).id);
    await smtp.waitForMessages(before + 1);
    expect(await listed()).toBe(recorded + 1);
    expect(smtp.messages).toHaveLength(before + 1);
  });
});

describe('D2: an SMTP server that refuses the message', () => {
  it('answers 502 and records nothing', async () => {
    const gone = await startSmtpTestServer();
    await gone.close();
    const mailer = createSmtpMailer({ url: gone.url, from: 'Minutier <minutier@exemple.org>' });
    const server = await startTestServer({ mailer });
    try {
      const id = await validatedMinutes(server, 'Réunion du 3 mars 2014');
      const response = await server.api(`/api/minutes/${id}/sendings`, { body: request({}) });
      expect(response.status).toBe(502);
      expect(((await response.json()) as { message: string }).message).toMatch(/rien n’a été envoyé/);
      const list = (await (await server.api(`/api/minutes/${id}/sendings`)).json()) as SendingsResponse;
      expect(list.sendings).toEqual([]);
    } finally {
      await server.close();
      await mailer.close();
    }
  });
});
