import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import type { AnnexListResponse, AnnexUploadResponse } from '../../../shared/api/annexes';
import { forgedZipBomb, sampleDocx, sampleHtml, sampleOdt, samplePdf, zipBomb } from '../annexes/sampleAnnexFiles';
import { uploadAnnex } from '../annexes/annexTestHelpers';
import { type TestServer, startTestServer } from '../testing/testServer';

const UNSUPPORTED = 'Type de fichier non accepté : seuls les PDF, ODT, DOCX et images sont acceptés.';

describe('annex files: types sniffed from the bytes, limits and safe names (N2, N3)', () => {
  let server: TestServer;
  let documentId: string;
  beforeAll(async () => {
    server = await startTestServer();
    documentId = await server.createDocument();
  });
  afterAll(() => server.close());

  const errorOf = async (response: Response) => (await response.json()) as { error: string; message: string };
  const listed = async () => ((await (await server.api(`/api/minutes/${documentId}/annexes`)).json()) as AnnexListResponse).annexes;

  it('N2: ODT and DOCX are recognised by their content, and the stored name takes the extension of what the bytes are', async () => {
    const odt = (await (await uploadAnnex(server, documentId, 'Rapport atelier.ODT', sampleOdt())).json()) as AnnexUploadResponse;
    expect(odt.name).toBe('Rapport atelier.odt');
    const docx = (await (await uploadAnnex(server, documentId, 'courrier.pdf', sampleDocx())).json()) as AnnexUploadResponse;
    expect(docx.name).toBe('courrier.docx');
    const types = Object.fromEntries((await listed()).map((annex) => [annex.name, annex.mediaType]));
    expect(types).toMatchObject({
      'Rapport atelier.odt': 'application/vnd.oasis.opendocument.text',
      'courrier.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('N2: an HTML page named « .pdf », a text file or an executable is refused with 415 and nothing is stored', async () => {
    const before = (await listed()).length;
    for (const [name, bytes] of [
      ['lettre.pdf', sampleHtml()],
      ['notes.txt', strToU8('Compte-rendu de la réunion')],
      ['outil.exe', strToU8('MZ\x90\x00\x03')],
    ] as const) {
      const refused = await uploadAnnex(server, documentId, name, bytes);
      expect(refused.status, name).toBe(415);
      expect(await errorOf(refused)).toEqual({ error: 'unsupported_type', message: UNSUPPORTED });
    }
    expect(await listed()).toHaveLength(before);
  });

  it('N2: an empty file is refused with 400', async () => {
    const refused = await uploadAnnex(server, documentId, 'vide.pdf', new Uint8Array(0));
    expect(refused.status).toBe(400);
    expect(await errorOf(refused)).toEqual({ error: 'empty_file', message: 'Le fichier est vide.' });
  });

  it('N3: a zip bomb, real or with a forged directory, is refused without being inflated', async () => {
    const bomb = zipBomb();
    for (const bytes of [bomb, forgedZipBomb()]) {
      const refused = await uploadAnnex(server, documentId, 'rapport.docx', bytes);
      expect(refused.status).toBe(415);
      expect((await errorOf(refused)).error).toBe('suspicious_archive');
    }
  });

  it('N3: names with folders, control or bidirectional characters are made safe', async () => {
    const names: Array<[string, string]> = [
      ['../../../etc/passwd', 'passwd.pdf'],
      ['..\\..\\boot.ini', 'boot.pdf'],
      ['ordre du jour\u0000\n.pdf', 'ordre du jour.pdf'],
      ['facture\u202Efdp.exe', 'facturefdp.pdf'],
      [`${'long '.repeat(100)}.pdf`, `${'long '.repeat(24).trim()}.pdf`],
    ];
    for (const [uploaded, stored] of names) {
      const response = await uploadAnnex(server, documentId, uploaded, samplePdf());
      expect(response.status, uploaded).toBe(201);
      expect(((await response.json()) as AnnexUploadResponse).name).toBe(stored);
    }
  });

  // Last: the server answers 413 before reading the whole upload and drops that connection.
  it('N2: a file over ANNEX_MAX_BYTES (21 Mo against 20 Mio) is refused with 413, and the server keeps answering', async () => {
    const large = new Uint8Array(21 * 1000 * 1000);
    large.set(samplePdf());
    const refused = await uploadAnnex(server, documentId, 'trop-gros.pdf', large);
    expect(refused.status).toBe(413);
    expect(await errorOf(refused)).toEqual({ error: 'file_too_large', message: 'Le fichier dépasse la taille maximale d’une annexe : 20 Mo.' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await server.api(`/api/minutes/${documentId}/annexes`)).status).toBe(200);
  });

  it('N2: an upload without Content-Length is counted as it arrives and cut off at the limit', async () => {
    const boundary = 'frontiere';
    const head = strToU8(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="flux.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
    const slice = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        // Endless unless the server stops reading: it must answer once it has seen more than the limit.
        sent += slice.length;
        controller.enqueue(slice);
        if (sent > 64 * 1024 * 1024) controller.close();
      },
    });
    const refused = await fetch(`${server.url}/api/minutes/${documentId}/annexes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.admin.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(refused.status).toBe(413);
    expect(sent).toBeLessThan(30 * 1024 * 1024);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
