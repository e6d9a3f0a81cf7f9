import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterCreated } from '../../../shared/api/letters';
import type { SendingView, SendingsResponse } from '../../../shared/api/sending';
import { sha256, uploadAnnex, uploadedId, writeAnnexSection } from '../annexes/annexTestHelpers';
import { samplePdf } from '../annexes/sampleAnnexFiles';
import { pdfText } from '../export/testing/readers';
import { sampleLetterFields } from '../letters/letterTestHelpers';
import type { Mailer } from '../mail/mailer';
import { createSmtpMailer } from '../mail/smtpMailer';
import { validate, validatedMinutes } from '../sending/sendingTestHelpers';
import { type SmtpTestServer, startSmtpTestServer } from '../testing/smtpTestServer';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const LETTER_NAME = 'Lettre d’envoi - 2015-04-21';
const bytesOf = async (response: Response): Promise<Uint8Array> => new Uint8Array(await response.arrayBuffer());

describe('a letter as a file, in its « envoi » bundle and in a sending (L7, L8)', () => {
  let smtp: SmtpTestServer;
  let mailer: Mailer;
  let server: TestServer;
  let reader: TestUser;
  let minutesId: string;
  let letterId: string;
  const annex = samplePdf('Lettre au ministre');

  /** A letter of `id` with the fields of the letter of 21 April 2015. */
  async function writtenLetter(id: string): Promise<string> {
    const created = (await (await server.api(`/api/minutes/${id}/letters`, { body: {} })).json()) as LetterCreated;
    const saved = await server.api(`/api/letters/${created.id}`, { method: 'PUT', body: { revision: 0, fields: sampleLetterFields() } });
    expect(saved.status).toBe(200);
    return created.id;
  }

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'Minutier <minutier@exemple.org>' });
    server = await startTestServer({ mailer });
    reader = await server.createUser('reader');
    minutesId = await server.createDocument('Réunion du 3 mars 2014');
    const annexId = await uploadedId(await uploadAnnex(server, minutesId, 'courrier.pdf', annex));
    await writeAnnexSection(server, minutesId, [{ kind: 'file', annexId, label: 'Lettre au ministre' }]);
    await validate(server, minutesId);
    letterId = await writtenLetter(minutesId);
  });
  afterAll(async () => {
    await server?.close();
    await mailer?.close();
    await smtp?.close();
  });

  it('L7: exports ODT and DOCX with the addressee, named « Lettre d’envoi - <date> », for every role', async () => {
    for (const [format, part] of [
      ['odt', 'content.xml'],
      ['docx', 'word/document.xml'],
    ] as const) {
      const response = await server.api(`/api/letters/${letterId}/export?format=${format}`, { as: reader });
      expect(response.status, await response.clone().text()).toBe(200);
      expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(`${LETTER_NAME}.${format}`);
      const xml = strFromU8(unzipSync(await bytesOf(response))[part]!);
      expect(xml).toContain('Monsieur Bernard Cazeneuve');
      expect(xml).toContain('Place Beauvau');
    }
  });

  it('L7: exports a PDF with the addressee', { timeout: 60_000 }, async () => {
    const response = await server.api(`/api/letters/${letterId}/export?format=pdf`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(await bytesOf(response))).toContain('Monsieur Bernard Cazeneuve');
  });

  it('L7: an unknown format is refused in French; a letter unknown or of another collective is 404', async () => {
    const refused = await server.api(`/api/letters/${letterId}/export?format=html`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toMatch(/Formats possibles : pdf, odt, docx/);
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre') });
    expect((await server.api(`/api/letters/${letterId}/export?format=odt`, { as: outsider })).status).toBe(404);
    expect((await server.api(`/api/letters/${letterId}/envoi?format=odt`, { as: outsider })).status).toBe(404);
  });

  it('L7: the « envoi » ZIP holds the letter, then the compte-rendu in the same format, then (internal, with annexes) its annexes', async () => {
    const external = await server.api(`/api/letters/${letterId}/envoi?format=docx&profile=external`);
    expect(external.status, await external.clone().text()).toBe(200);
    expect(external.headers.get('content-type')).toBe('application/zip');
    const names = Object.keys(unzipSync(await bytesOf(external)));
    expect(names).toEqual([`${LETTER_NAME}.docx`, expect.stringMatching(/compte-rendu.*version-externe\.docx$/)]);

    const internal = await server.api(`/api/letters/${letterId}/envoi?format=odt&profile=internal&withAnnexes=1`);
    expect(internal.status).toBe(200);
    const files = unzipSync(await bytesOf(internal));
    expect(Object.keys(files)).toEqual([`${LETTER_NAME}.odt`, expect.stringMatching(/compte-rendu.*\.odt$/), expect.stringMatching(/^Annexe 1 - .*\.pdf$/)]);
    expect(sha256(Object.values(files)[2]!)).toBe(sha256(annex));
    expect((await server.api(`/api/letters/${letterId}/envoi?format=odt&profile=external&withAnnexes=1`)).status).toBe(400);
  });

  it('L8: a sending with the letter carries it first, then the compte-rendu, and records its id and hash', async () => {
    const response = await server.api(`/api/minutes/${minutesId}/sendings`, {
      body: {
        confirm: true,
        channel: 'email',
        recipients: [{ email: 'cabinet@interieur.exemple.gouv.fr' }],
        addressee: 'Ministère de l’Intérieur',
        profile: 'external',
        format: 'docx',
        letterId,
      },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const sending = (await response.json()) as SendingView;
    expect(sending.letterId).toBe(letterId);
    const [mail] = await smtp.waitForMessages(1);
    const attachments = mail?.parsed.attachments ?? [];
    expect(attachments.map((attachment) => attachment.filename)).toEqual([`${LETTER_NAME}.docx`, expect.stringMatching(/compte-rendu.*\.docx$/)]);
    expect(sending.files.map((file) => file.sha256)).toEqual(attachments.map((attachment) => sha256(attachment.content)));
    expect(strFromU8(unzipSync(new Uint8Array(attachments[0]!.content))['word/document.xml']!)).toContain('Monsieur Bernard Cazeneuve');
    const listed = (await (await server.api(`/api/minutes/${minutesId}/sendings`)).json()) as SendingsResponse;
    expect(listed.sendings.at(-1)).toMatchObject({ letterId, files: sending.files });
  });

  it('L8: a letter of another compte-rendu, or no letter at all, is refused with 404 and nothing is sent', async () => {
    const other = await validatedMinutes(server, 'Autre réunion');
    const othersLetter = await writtenLetter(other);
    const before = smtp.messages.length;
    for (const id of [othersLetter, 'A'.repeat(22)]) {
      const refused = await server.api(`/api/minutes/${minutesId}/sendings/preview?${new URLSearchParams({ channel: 'outside', addressee: 'Cabinet', profile: 'external', format: 'odt', letterId: id })}`);
      expect(refused.status).toBe(404);
      expect(((await refused.json()) as { message: string }).message).toMatch(/lettre d’envoi/);
    }
    const malformed = await server.api(`/api/minutes/${minutesId}/sendings/preview?${new URLSearchParams({ channel: 'outside', addressee: 'Cabinet', profile: 'external', format: 'odt', letterId: '../x' })}`);
    expect(malformed.status).toBe(400);
    expect(smtp.messages.length).toBe(before);
  });
});
