import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterCreated, LetterSummary, LetterTemplate, LetterView } from '../../../shared/api/letters';
import type { MinutesListResponse } from '../../../shared/api/minutes';
import type { SearchResponse } from '../../../shared/api/search';
import { writeAnnexSection, uploadAnnex, uploadedId } from '../annexes/annexTestHelpers';
import { samplePdf } from '../annexes/sampleAnnexFiles';
import { DEMO_LETTER_TEMPLATE } from '../demo/seedDemo';
import { sampleLetterFields } from '../letters/letterTestHelpers';
import { validate, validatedMinutes } from '../sending/sendingTestHelpers';
import { storedDoc } from '../storage/storedDoc';
import { bodyText } from '../testing/bodyText';
import { eventually } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const PARIS_TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

describe('cover letters over HTTP (L1–L6)', () => {
  let server: TestServer;
  let secretariat: TestUser;
  let member: TestUser;
  let reader: TestUser;
  let outsider: TestUser;
  let minutesId: string;

  const create = (id: string, as?: TestUser) => server.api(`/api/minutes/${id}/letters`, { body: {}, ...(as ? { as } : {}) });
  const created = async (id: string, as?: TestUser): Promise<string> => {
    const response = await create(id, as);
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as LetterCreated).id;
  };
  const view = async (id: string, as?: TestUser): Promise<LetterView> => {
    const response = await server.api(`/api/letters/${id}`, as ? { as } : {});
    expect(response.status).toBe(200);
    return (await response.json()) as LetterView;
  };

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await server.createUser('secretariat');
    member = await server.createUser('member');
    reader = await server.createUser('reader');
    outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    minutesId = await validatedMinutes(server, 'Réunion du 3 mars 2014');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('L2: the coordination and the secretariat write a letter; a member, a reader 403; another collective 404', async () => {
    expect((await create(minutesId)).status).toBe(201);
    expect((await create(minutesId, secretariat)).status).toBe(201);
    for (const as of [member, reader]) {
      const refused = await create(minutesId, as);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toMatch(/secrétariat et la coordination/);
    }
    expect((await create(minutesId, outsider)).status).toBe(404);
  });

  it('L2: every role of the collective reads a letter, only writers may edit it; another collective gets 404', async () => {
    const id = await created(minutesId, secretariat);
    expect((await view(id, secretariat)).canEdit).toBe(true);
    expect((await view(id, member)).canEdit).toBe(false);
    expect((await view(id, reader)).canEdit).toBe(false);
    expect((await server.api(`/api/letters/${id}`, { as: outsider })).status).toBe(404);
    expect((await server.api(`/api/minutes/${minutesId}/letters`, { as: outsider })).status).toBe(404);
    const { revision, fields } = await view(id);
    expect((await server.api(`/api/letters/${id}`, { method: 'PUT', body: { revision, fields }, as: member })).status).toBe(403);
    expect((await server.api(`/api/letters/${id}`, { method: 'DELETE', as: reader })).status).toBe(403);
  });

  it('L2: a share of the compte-rendu gives nothing on its letters: 404 like a missing letter', async () => {
    const id = await created(minutesId);
    const guest = await server.createUser('coordination', { collectiveId: await server.createCollective('Invités'), email: 'invitee@exemple.org' });
    const shared = await server.api(`/api/minutes/${minutesId}/shares`, { method: 'PUT', body: { email: guest.user.email, access: 'write' } });
    expect(shared.status, await shared.clone().text()).toBeLessThan(300);
    expect((await server.api(`/api/minutes/${minutesId}`, { as: guest })).status).toBe(200);
    expect((await server.api(`/api/minutes/${minutesId}/letters`, { as: guest })).status).toBe(404);
    expect((await create(minutesId, guest)).status).toBe(404);
    expect((await server.api(`/api/letters/${id}`, { as: guest })).status).toBe(404);
    expect((await server.api(`/api/letters/${id}/export?format=odt`, { as: guest })).status).toBe(404);
  });

  it('L4: a letter is written only from a validated compte-rendu (409 otherwise)', async () => {
    const draft = await server.createDocument('Brouillon');
    const refused = await create(draft);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'not_validated', message: expect.stringMatching(/validé/) });
  });

  it('L4: a new letter is prefilled: default template, today in Paris, object from the meeting date, the title and annexes in « PJ »', async () => {
    const annexed = await server.createDocument('Réunion du 22 novembre 2013');
    const fileId = await uploadedId(await uploadAnnex(server, annexed, 'courrier.pdf', samplePdf('Courrier')));
    await writeAnnexSection(server, annexed, [{ kind: 'file', annexId: fileId, label: 'Lettre au ministre' }]);
    await validate(server, annexed);
    const letter = await view(await created(annexed));
    expect(letter.minutesTitle).toBe('Réunion du 22 novembre 2013');
    expect(letter.revision).toBe(0);
    expect(letter.collective).toBe('Collectif de test');
    expect(letter.fields).toMatchObject({
      letterhead: ['Collectif « Collectif de test »'],
      date: PARIS_TODAY,
      object: 'Envoi du compte-rendu « Réunion du 22 novembre 2013 »',
      attachments: ['Réunion du 22 novembre 2013', 'Annexe 1 : Lettre au ministre'],
      copies: [],
      withMembers: true,
      signatory: { onBehalf: 'Pour le Collectif « Collectif de test »' },
    });
  });

  it('L3: saving from the stored revision bumps it; a stale revision 409; an invalid field 400 naming it in French', async () => {
    const id = await created(minutesId, secretariat);
    const fields = sampleLetterFields();
    const saved = await server.api(`/api/letters/${id}`, { method: 'PUT', body: { revision: 0, fields }, as: secretariat });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ revision: 1, fields });
    expect((await view(id, reader)).fields.addressee.name).toBe('Monsieur Bernard Cazeneuve');

    const stale = await server.api(`/api/letters/${id}`, { method: 'PUT', body: { revision: 0, fields: { ...fields, object: 'Autre' } } });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: 'stale', message: expect.stringMatching(/enregistré cette lettre entre-temps/) });
    expect((await view(id)).fields.object).toBe(fields.object);

    const invalid = await server.api(`/api/letters/${id}`, { method: 'PUT', body: { revision: 1, fields: { ...fields, date: '21/04/2015' } } });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toMatch(/^Champ\s«\sdate\s»\sinvalide/);
    const twoLines = await server.api(`/api/letters/${id}`, { method: 'PUT', body: { revision: 1, fields: { ...fields, object: 'Objet\nsur deux lignes' } } });
    expect(twoLines.status).toBe(400);
    expect(((await twoLines.json()) as { message: string }).message).toMatch(/^Champ\s«\sobjet\s»\sinvalide/);
  });

  it('L1: the letters of a compte-rendu are listed newest first; a letter is neither a compte-rendu nor in the list or the search', async () => {
    const first = await created(minutesId);
    const second = await created(minutesId);
    await server.api(`/api/letters/${second}`, { method: 'PUT', body: { revision: 0, fields: sampleLetterFields() } });
    const listed = (await (await server.api(`/api/minutes/${minutesId}/letters`, { as: reader })).json()) as { letters: LetterSummary[] };
    const ids = listed.letters.map((letter) => letter.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    expect(listed.letters.find((letter) => letter.id === second)).toMatchObject({ addressee: 'Monsieur Bernard Cazeneuve', date: '2015-04-21' });

    expect((await server.api(`/api/minutes/${second}`)).status).toBe(404);
    expect((await server.api(`/api/minutes/${second}/export?format=odt`)).status).toBe(404);
    expect((await server.api(`/api/minutes/${second}/versions`)).status).toBe(404);
    const minutes = (await (await server.api('/api/minutes')).json()) as MinutesListResponse;
    expect(minutes.minutes.map((row) => row.id)).toContain(minutesId);
    expect(minutes.minutes.map((row) => row.id)).not.toContain(second);
    // The body's salutation is a letter's word only: the compte-rendu has no « Madame, Monsieur ».
    const search = (await (await server.api(`/api/search?q=${encodeURIComponent('Madame Monsieur')}`)).json()) as SearchResponse;
    expect(search.results).toEqual([]);
    const ownWords = (await (await server.api(`/api/search?q=${encodeURIComponent('état des lieux')}`)).json()) as SearchResponse;
    expect(ownWords.results.length).toBeGreaterThan(0);
  });

  it('L5: deleting a letter removes its fields and its body; deleting the compte-rendu deletes all its letters', async () => {
    const id = await validatedMinutes(server, 'Réunion à supprimer');
    const kept = await created(id);
    const removed = await created(id, secretariat);
    expect((await server.api(`/api/letters/${removed}`, { method: 'DELETE', as: secretariat })).status).toBe(204);
    expect((await server.api(`/api/letters/${removed}`)).status).toBe(404);
    expect(await server.store.get(removed)).toBeUndefined();

    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Suppression demandée' } })).status).toBeLessThan(300);
    expect((await server.api(`/api/minutes/${id}`, { method: 'DELETE' })).status).toBe(200);
    await eventually(async () => expect((await server.api(`/api/letters/${kept}`)).status).toBe(404));
    expect(await server.store.get(kept)).toBeUndefined();
    expect(await server.store.load(kept)).toBeUndefined();
    expect(await server.letters.listOfMinutes(id)).toEqual([]);
  });

  it('L6: the template is a default from the collective’s name until the coordination saves one; a member may not; new letters use it', async () => {
    const initial = (await (await server.api('/api/settings/letter-template', { as: member })).json()) as LetterTemplate;
    expect(initial.letterhead).toEqual(['Collectif « Collectif de test »']);
    expect(initial.salutation).toBe('Madame, Monsieur,');

    const template: LetterTemplate = { ...DEMO_LETTER_TEMPLATE, body: ['Voici le compte-rendu « {titre} » de la réunion du {date}.'] };
    expect((await server.api('/api/settings/letter-template', { method: 'PUT', body: template, as: member })).status).toBe(403);
    expect((await server.api('/api/settings/letter-template', { method: 'PUT', body: template, as: secretariat })).status).toBe(403);
    const invalid = await server.api('/api/settings/letter-template', { method: 'PUT', body: { ...template, closing: 'a\nb' } });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toMatch(/formule de politesse/);
    const saved = await server.api('/api/settings/letter-template', { method: 'PUT', body: template });
    expect(saved.status).toBe(200);
    expect(await (await server.api('/api/settings/letter-template', { as: reader })).json()).toEqual(template);
    expect(await (await server.api('/api/settings/letter-template', { as: outsider })).json()).not.toEqual(template);

    const letter = await view(await created(minutesId));
    expect(letter.fields).toMatchObject({
      place: 'Paris',
      object: 'Envoi du compte-rendu de la réunion du 3 mars 2014',
      signatory: template.signatory,
      contact: template.contact,
      letterhead: template.letterhead,
    });
    const body = storedDoc((await server.store.load(letter.id))!);
    expect(bodyText(body)).toBe(
      'Madame, Monsieur,Voici le compte-rendu « Réunion du 3 mars 2014 » de la réunion du 3 mars 2014.' + DEMO_LETTER_TEMPLATE.closing,
    );
    body.destroy();
  });
});
