import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AdoptionResponse, CarriedItemsResponse, MinutesDocument, MinutesListResponse } from '../../../shared/api/minutes';
import type { SeriesListResponse } from '../../../shared/api/series';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[]; text?: string; marks?: Array<{ attrs?: Record<string, unknown> }> };
const all = (node: Node): Node[] => [node, ...(node.content ?? []).flatMap(all)];
const actionItems = (content: unknown) => all(content as Node).filter((node) => node.type === 'actionItem');

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const actionItem = (id: string, text: string, status = 'open') => ({
  type: 'actionItem',
  attrs: { id, owners: ['Hors la Rue'], due: '2014-01-15', status },
  content: [paragraph(text)],
});
const november = (nextMeetings: string[]) => ({
  meta: { title: 'Compte-rendu de la réunion du 22 novembre 2013', meetingDate: '2013-11-22', place: 'Paris' },
  participants: [{ organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' }],
  content: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Actualités' }] },
      actionItem('suivi-europe', 'Faire le point sur les projets en Europe.'),
      actionItem('suivi-fait', 'Envoyer la lettre à la Ministre.', 'done'),
      { type: 'markedSection', attrs: { kind: 'nextMeetings' }, content: nextMeetings.map(paragraph) },
    ],
  },
});

/** The document's stored state and log, to show that reading and preparing never write to it. */
const storedBytes = (dbFile: string, id: string): string => {
  const db = new Database(dbFile, { readonly: true });
  try {
    const state = (db.prepare('SELECT state FROM documents WHERE id = ?').get(id) as { state: Buffer | null }).state;
    const log = db.prepare('SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq').all(id) as Array<{ seq: number; data: Buffer }>;
    return JSON.stringify({ state: state?.toString('base64'), log: log.map((row) => [row.seq, row.data.toString('base64')]) });
  } finally {
    db.close();
  }
};

describe('series and the next compte-rendu (M8–M11)', () => {
  let server: TestServer;
  let users: Record<'secretariat' | 'member' | 'reader' | 'outsider', TestUser>;
  let validatedId: string;
  /** The minutes of 22 November 2013, validated on 31 January 2014, in `seriesId` or the plenary. */
  const validatedMinutes = async (seriesId?: string) => {
    const created = await server.api('/api/minutes', {
      body: {
        ...november(['Prochaine réunion du Collectif le vendredi 31 janvier 2014 de 10h à 12h30 au Secours Catholique, 106 rue du Bac, 75007 Paris.']),
        ...(seriesId ? { seriesId } : {}),
      },
    });
    const id = ((await created.json()) as { id: string }).id;
    const validated = await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-01-31', confirmWithoutUnanimity: true } });
    expect(validated.status).toBe(201);
    return id;
  };
  beforeAll(async () => {
    server = await startTestServer();
    const other = await server.createCollective('Autre collectif');
    users = {
      secretariat: await server.createUser('secretariat'),
      member: await server.createUser('member'),
      reader: await server.createUser('reader'),
      outsider: await server.createUser('coordination', { collectiveId: other }),
    };
    validatedId = await validatedMinutes();
  });
  afterAll(() => server.close());

  const read = async (id: string, as?: TestUser) => (await (await server.api(`/api/minutes/${id}`, { as })).json()) as MinutesDocument;
  const prepare = (id: string, as?: TestUser, body: unknown = {}) => server.api(`/api/minutes/${id}/next`, { body, as });

  it('M10: only the secretariat and the coordination prepare the next minutes; a member or reader gets 403, another collective 404', async () => {
    expect((await prepare(validatedId, users.member)).status).toBe(403);
    expect((await prepare(validatedId, users.reader)).status).toBe(403);
    const outside = await prepare(validatedId, users.outsider);
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('novembre');
    expect((await prepare('AbCdEfGhIjKlMnOpQr_-12')).status).toBe(404);
    expect((await server.api(`/api/minutes/${validatedId}/next`, { body: {}, as: null })).status).toBe(401);
    const bySecretariat = await prepare(validatedId, users.secretariat);
    expect(bySecretariat.status).toBe(201);
  });

  it('A17: a double click on « Préparer » prepares one compte-rendu', async () => {
    const key = crypto.randomUUID();
    const send = () =>
      fetch(`${server.url}/api/minutes/${validatedId}/next`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.admin.token}`, 'content-type': 'application/json', 'Idempotency-Key': key },
        body: '{}',
      });
    const answers = await Promise.all([send(), send()]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const [first, second] = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { id: string }).id));
    expect(second).toBe(first);
  });

  it('M10, M9: the next minutes are seeded from the announced meeting, the list « à préciser », the adoption link and the open « À suivre »', async () => {
    const before = storedBytes(server.dbFile, validatedId);
    const response = await prepare(validatedId);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const next = await read(id);
    const previous = await read(validatedId);
    expect(next).toMatchObject({ status: 'draft', seriesId: previous.seriesId, meta: { meetingDate: '2014-01-31', title: 'Compte-rendu de la réunion du 31 janvier 2014', place: 'Paris' } });
    expect(next.participants).toEqual([expect.objectContaining({ organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'unknown' })]);
    const links = all(next.content as Node).flatMap((node) => node.marks ?? []).map((mark) => mark.attrs?.href);
    expect(links).toEqual([`/cr/${validatedId}`, `/cr/${validatedId}`]);
    expect(actionItems(next.content).map((node) => node.attrs)).toEqual([
      expect.objectContaining({ id: 'suivi-europe', owners: ['Hors la Rue'], due: '2014-01-15', status: 'open', originDocument: validatedId, originItem: 'suivi-europe' }),
    ]);
    expect(JSON.stringify(next.content)).toContain('Lieu de la réunion : Secours Catholique, 106 rue du Bac, 75007 Paris');
    // W4: the validated origin is read, never written.
    expect(storedBytes(server.dbFile, validatedId)).toBe(before);
    expect((await read(validatedId)).status).toBe('validated');
  });

  it('M9: preparing again carries each item once, from its latest copy, with its first origin', async () => {
    const first = ((await (await prepare(validatedId)).json()) as { id: string }).id;
    const second = await prepare(first, undefined, { meetingDate: '2014-03-14', place: 'Amicale du Nid' });
    expect(second.status).toBe(201);
    const next = await read(((await second.json()) as { id: string }).id);
    expect(next.meta.meetingDate).toBe('2014-03-14');
    expect(actionItems(next.content).map((node) => [node.attrs?.id, node.attrs?.originDocument])).toEqual([['suivi-europe', validatedId]]);
  });

  it('M9: an item closed in the newer minutes reads closed in the validated one, which stays unchanged (W4)', async () => {
    // A series of its own, so that the minutes the other tests prepared do not count.
    const series = await server.api('/api/series', { body: { name: 'Groupe de travail Europe' } });
    const seriesId = ((await series.json()) as { id: string }).id;
    const validatedId = await validatedMinutes(seriesId);
    const newer = ((await (await prepare(validatedId)).json()) as { id: string }).id;
    const before = storedBytes(server.dbFile, validatedId);
    const editor = connectClient(server.collabUrl, newer, server.admin.token);
    try {
      await synced(editor);
      const box = editor.doc
        .getXmlFragment(BODY_FRAGMENT)
        .toArray()
        .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute('id') === 'suivi-europe');
      box!.setAttribute('status', 'done');
      await eventually(async () => {
        const states = (await (await server.api(`/api/minutes/${validatedId}/carried-items`)).json()) as CarriedItemsResponse;
        expect(states.items).toEqual([
          { id: 'suivi-europe', status: 'done', closedIn: { documentId: newer, meetingDate: '2014-01-31' } },
          { id: 'suivi-fait', status: 'done', closedIn: null },
        ]);
      });
    } finally {
      editor.destroy();
    }
    expect(storedBytes(server.dbFile, validatedId)).toBe(before);
    // Closed now: preparing from the newer minutes carries nothing.
    const after = await read(((await (await prepare(newer, undefined, { meetingDate: '2014-05-02' })).json()) as { id: string }).id);
    expect(actionItems(after.content)).toEqual([]);
    expect(JSON.stringify(after.content)).toContain('Aucun point à suivre n’est resté ouvert.');
    // A reader of the collective sees the states; another collective learns nothing.
    expect((await server.api(`/api/minutes/${validatedId}/carried-items`, { as: users.reader })).status).toBe(200);
    const outside = await server.api(`/api/minutes/${validatedId}/carried-items`, { as: users.outsider });
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain(newer);
  });

  it('M11: once the next minutes are validated, the previous ones read « adopted » at that meeting, for readers too, never across collectives', async () => {
    const series = await server.api('/api/series', { body: { name: 'Groupe de travail adoption' } });
    const previousId = await validatedMinutes(((await series.json()) as { id: string }).id);
    const nextId = ((await (await prepare(previousId)).json()) as { id: string }).id;
    const adoption = async (as?: TestUser) => (await server.api(`/api/minutes/${previousId}/adoption`, { as })).json() as Promise<AdoptionResponse>;
    expect(await adoption()).toEqual({ adoptedIn: null });
    const before = storedBytes(server.dbFile, previousId);
    expect((await server.api(`/api/minutes/${nextId}/validate`, { body: { meetingDate: '2014-03-14', confirmWithoutUnanimity: true } })).status).toBe(201);
    expect(await adoption(users.reader)).toEqual({ adoptedIn: { documentId: nextId, meetingDate: '2014-01-31' } });
    expect(storedBytes(server.dbFile, previousId)).toBe(before);
    const outside = await server.api(`/api/minutes/${previousId}/adoption`, { as: users.outsider });
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain(nextId);
  });

  it('M10: without an announced date the date is asked for (422), then taken from the request', async () => {
    const created = await server.api('/api/minutes', { body: november(['La date sera fixée par courriel.']) });
    const id = ((await created.json()) as { id: string }).id;
    const refused = await prepare(id, users.secretariat);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { message: string }).message).toMatch(/annoncée dans «\u00a0Prochaines réunions\u00a0»/);
    expect((await prepare(id, users.secretariat, { meetingDate: '2014-02-30' })).status).toBe(400);
    const given = await prepare(id, users.secretariat, { meetingDate: '2014-02-07', place: 'Armée du Salut' });
    expect(given.status).toBe(201);
    const next = await read(((await given.json()) as { id: string }).id);
    expect(next.meta.meetingDate).toBe('2014-02-07');
    expect(JSON.stringify(next.content)).toContain('Lieu de la réunion : Armée du Salut');
  });

  it('M8: every member reads the series; only the coordination adds one; each collective sees its own', async () => {
    const list = async (as?: TestUser) => ((await (await server.api('/api/series', { as })).json()) as SeriesListResponse).series;
    const [plenary, ...added] = await list(users.reader);
    expect([plenary!.name, plenary!.isDefault]).toEqual(['Réunion du Collectif', true]);
    expect(added.every((series) => !series.isDefault)).toBe(true);
    for (const as of [users.secretariat, users.member, users.reader]) {
      expect((await server.api('/api/series', { body: { name: 'Rencontres ministérielles' }, as })).status).toBe(403);
    }
    expect((await server.api('/api/series', { body: { name: ' ' } })).status).toBe(400);
    const created = await server.api('/api/series', { body: { name: 'Rencontres ministérielles' } });
    expect(created.status).toBe(201);
    const ministry = (await created.json()) as { id: string };
    expect((await server.api('/api/series', { body: { name: 'rencontres ministérielles' } })).status).toBe(409);
    expect((await list(users.member)).map((series) => series.name)).toEqual(['Réunion du Collectif', ...added.map((series) => series.name), 'Rencontres ministérielles']);
    expect((await list(users.outsider)).map((series) => series.name)).toEqual(['Réunion du Collectif']);

    const inSeries = await server.api('/api/minutes', { body: { meta: { title: 'Rencontre du 4 février 2014' }, seriesId: ministry.id }, as: users.secretariat });
    expect(inSeries.status).toBe(201);
    const inSeriesId = ((await inSeries.json()) as { id: string }).id;
    const filtered = ((await (await server.api(`/api/minutes?series=${ministry.id}`)).json()) as MinutesListResponse).minutes;
    expect(filtered.map((minutes) => [minutes.id, minutes.seriesId])).toEqual([[inSeriesId, ministry.id]]);
    const everything = ((await (await server.api('/api/minutes')).json()) as MinutesListResponse).minutes;
    expect(everything.find((minutes) => minutes.id === validatedId)?.seriesId).toBe((await list())[0]!.id);
    // Another collective's series is as unknown as a made-up one.
    const theirs = (await list(users.outsider))[0]!.id;
    for (const seriesId of [theirs, 'inconnue']) {
      expect((await server.api('/api/minutes', { body: { meta: { title: 'X' }, seriesId } })).status).toBe(400);
    }
  });
});
