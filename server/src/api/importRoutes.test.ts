import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../../shared/api/minutes';
import type { Plan } from '../../../shared/api/plans';
import { defaultProfileDrops } from '../../../shared/export/exportProfile';
import { renderHtml } from '../../../shared/export/renderHtml';
import { renderOdt } from '../../../shared/export/renderOdt';
import { demoMinutes } from '../../../shared/import/fixtures/demoMinutes';
import { docxMinutes } from '../../../shared/import/fixtures/docxMinutes';
import registry from '../demo/plan-2014-2016-mesures.json';
import type { ImportReport } from '../../../shared/import/importReport';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const fixture = (name: string) => readFileSync(new URL(`../../../shared/import/fixtures/${name}`, import.meta.url));

describe('POST /api/minutes/import', () => {
  let server: TestServer;
  let secretariat: TestUser;
  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await server.createUser('secretariat');
  });
  afterAll(() => server.close());

  const upload = (name: string, bytes: Uint8Array | string, as: TestUser | null = server.admin) => {
    const form = new FormData();
    form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
    return fetch(`${server.url}/api/minutes/import`, {
      method: 'POST',
      headers: as ? { authorization: `Bearer ${as.token}` } : {},
      body: form,
    });
  };
  const errorOf = async (response: Response) => (await response.json()) as { error: string; message: string };
  const documentCount = async () => (await server.store.list(server.collectiveId)).length;

  it('creates the compte-rendu in the caller’s collective and answers its id and the report', async () => {
    const response = await upload('compte-rendu-2013-11-22.txt', fixture('compte-rendu-2013-11-22.txt'));
    expect(response.status).toBe(201);
    const { id, report } = (await response.json()) as { id: string; report: ImportReport };
    expect(report.recognised).toMatchObject({ sections: 4, speakerTurns: 8, actionItems: 3, participants: 10 });
    expect(report.unsure.length).toBeGreaterThan(0);

    const stored = (await (await server.api(`/api/minutes/${id}`)).json()) as MinutesDocument;
    expect(stored.meta).toMatchObject({ title: 'Compte-rendu de la réunion du 22 novembre 2013', meetingDate: '2013-11-22', place: 'Paris' });
    expect(stored.participants.find((p) => p.organisation === 'Hors la Rue')?.people).toEqual(['Martina Andreeva']);
    expect(stored.content.content).toContainEqual(expect.objectContaining({ type: 'speakerTurn', attrs: expect.objectContaining({ organisation: 'Mouvement du Nid' }) }));
    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; target: string }> };
    expect(audit.entries).toContainEqual(expect.objectContaining({ action: 'document.imported', target: id }));
  });

  it('keeps the writing date « Paris, le 26 novembre 2013 » in the new document’s header', async () => {
    const response = await upload('compte-rendu-2013-11-22.txt', fixture('compte-rendu-2013-11-22.txt'));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = (await (await server.api(`/api/minutes/${id}`)).json()) as MinutesDocument;
    expect(stored.meta.writtenOn).toBe('2013-11-26');
  });

  it('reads the collective’s associations as organisations of a participants line', async () => {
    await server.accounts.createAssociation({ id: 'asso-planete', collectiveId: server.collectiveId, name: 'Planète Enfants' });
    const text = 'COMPTE-RENDU DE LA RÉUNION DU 31 JANVIER 2014\n\nParticipants : Hors la Rue, Planète Enfants\n\nI- Actualités\n\nHors la Rue :\n\nL’association signale deux situations.\n';
    const response = await upload('cr-2014-01-31.txt', text);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = (await (await server.api(`/api/minutes/${id}`)).json()) as MinutesDocument;
    expect(stored.participants.map(({ organisation, people }) => ({ organisation, people }))).toEqual([
      { organisation: 'Hors la Rue', people: [] },
      { organisation: 'Planète Enfants', people: [] },
    ]);
  });

  it('imports LibreOffice and web page files (.odt, .html) as Minutier exports them', async () => {
    const demo = demoMinutes();
    const input = { ...demo, plans: [registry as Plan], writtenOn: demo.meta.writtenOn, drops: defaultProfileDrops.internal };
    for (const [name, bytes] of [['cr.odt', renderOdt(input)], ['cr.html', new TextEncoder().encode(renderHtml(input))]] as const) {
      const response = await upload(name, bytes, secretariat);
      expect(response.status).toBe(201);
      const { id, report } = (await response.json()) as { id: string; report: ImportReport };
      expect(report.recognised).toMatchObject({ sections: 4, subsections: 4, speakerTurns: 9, actionItems: 3, measureRefs: 4, participants: 10 });
      const stored = (await (await server.api(`/api/minutes/${id}`, { as: secretariat })).json()) as MinutesDocument;
      expect(stored.meta).toEqual(demo.meta);
    }
  });

  it('links measure references to the collective’s plan, for a secretariat uploading a Word file', async () => {
    const response = await upload('cr-2014-05-16.docx', await docxMinutes(), secretariat);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = JSON.stringify(await (await server.api(`/api/minutes/${id}`, { as: secretariat })).json());
    expect(stored).toContain('"type":"measureRef","attrs":{"plan":"pan-teh-2014-2016","number":2');
  });

  it('refuses a PDF with 415 and an empty file with 400, creating nothing', async () => {
    const before = await documentCount();
    const pdf = await upload('compte-rendu.pdf', '%PDF-1.4 …');
    expect(pdf.status).toBe(415);
    expect(await errorOf(pdf)).toEqual({ error: 'unsupported_format', message: expect.stringContaining('.txt, .md, .docx, .odt ou .html') });
    const renamedPdf = await upload('compte-rendu.txt', '%PDF-1.4 …');
    expect(renamedPdf.status).toBe(415);
    const empty = await upload('vide.txt', '');
    expect(empty.status).toBe(400);
    expect(await errorOf(empty)).toEqual({ error: 'empty_file', message: 'Le fichier est vide.' });
    expect(await documentCount()).toBe(before);
  });

  it('refuses what is not minutes, a broken .docx and a request without a file with 400', async () => {
    const before = await documentCount();
    const letter = await upload('lettre.txt', fixture('lettre-2013-11-22.txt'));
    expect(letter.status).toBe(400);
    expect((await errorOf(letter)).error).toBe('not_minutes');
    expect((await upload('cr.docx', 'pas un docx')).status).toBe(400);
    const noFile = await fetch(`${server.url}/api/minutes/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.admin.token}` },
      body: new FormData(),
    });
    expect(await errorOf(noFile)).toMatchObject({ error: 'missing_file' });
    const json = await server.api('/api/minutes/import', { body: { file: 'cr.txt' } });
    expect(json.status).toBe(400);
    expect(await documentCount()).toBe(before);
  });

  it('is for the secretariat and the coordination: 403 for a member, 401 without a token', async () => {
    const member = await server.createUser('member');
    const forbidden = await upload('compte-rendu-2013-11-22.txt', fixture('compte-rendu-2013-11-22.txt'), member);
    expect(forbidden.status).toBe(403);
    expect((await errorOf(forbidden)).message).toBe('Votre rôle ne permet pas cette action.');
    const anonymous = await upload('compte-rendu-2013-11-22.txt', fixture('compte-rendu-2013-11-22.txt'), null);
    expect(anonymous.status).toBe(401);
  });

  // Last: the server answers 413 before reading the whole upload and drops that connection.
  it('accepts files over the API’s 1 Mo limit, up to 10 Mo, and refuses larger ones with 413', async () => {
    const paragraph = 'Le Collectif poursuit son travail sur le plan d’action national, mesure par mesure.\n\n';
    const large = `COMPTE-RENDU DE LA REUNION DU 3 MARS 2014\n\nI- Actualités\n\n${paragraph.repeat(Math.ceil((1.2 * 1024 * 1024) / paragraph.length))}`;
    expect((await upload('gros.txt', large)).status).toBe(201);
    const tooLarge = await upload('trop-gros.txt', 'x'.repeat(10.5 * 1024 * 1024));
    expect(tooLarge.status).toBe(413);
  });
});
