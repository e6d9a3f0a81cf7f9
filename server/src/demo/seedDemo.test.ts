import { describe, expect, it } from 'vitest';
import { readMeta } from '../../../shared/model/meta';
import { readParticipants } from '../../../shared/model/participants';
import { contentHash, contentOf } from '../../../shared/review/documentContent';
import { sommaireOf } from '../../../shared/model/sommaire';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import { docAtSnapshot } from '../review/versionSnapshot';
import { createSqliteReviewStore } from '../storage/sqliteReviewStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { stateDoc } from '../testing/stateDoc';
import { createSqliteLetterTemplateStore } from '../storage/sqliteLetterTemplateStore';
import { DEMO_LETTER_TEMPLATE, seedDemoLetterTemplate, seedDemoMinutes } from './seedDemo';

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[]; text?: string; marks?: Array<{ attrs?: Record<string, unknown> }> };
const all = (node: Node): Node[] => [node, ...(node.content ?? []).flatMap(all)];
const textOf = (node: Node): string => node.text ?? (node.content ?? []).map(textOf).join('');

async function seeded() {
  const stores = {
    documents: createSqliteStore({ filename: ':memory:' }),
    review: createSqliteReviewStore(':memory:'),
    accounts: { listAssociations: async () => [{ id: 'a1', collectiveId: 'collectif', name: 'Fondation Scelles' }] },
  };
  const ids = await seedDemoMinutes(stores, 'collectif');
  return { stores, ids: ids! };
}

describe('demo content', () => {
  it('holds the 22 November 2013 compte-rendu in the structured model, once', async () => {
    const { stores, ids } = await seeded();
    expect(await seedDemoMinutes(stores, 'collectif')).toBeUndefined();
    // Seeded content is one state, with nothing logged after it.
    const doc = stateDoc({ state: (await stores.documents.load(ids.validated))!.state! });

    expect(readMeta(doc)).toMatchObject({ meetingDate: '2013-11-22', place: 'Paris', writtenOn: '2013-11-26' });
    expect(readMeta(doc).author).toMatch(/^Sarah Berthelot/);
    const participants = readParticipants(doc);
    expect(participants.find((p) => p.organisation === 'Amicale du Nid')?.people).toEqual(['Hélène De Rugy']);
    expect(participants.find((p) => p.organisation.includes('CCEM'))?.attendance).toBe('absent');

    const body = readBodyContent(doc) as Node;
    expect(sommaireOf(body).map((s) => s.number)).toEqual(['I', 'II', 'III', 'IV']);
    const nodes = all(body);
    expect(nodes.filter((n) => n.type === 'actionItem')).toHaveLength(3);
    const organisations = nodes.filter((n) => n.type === 'speakerTurn').map((n) => n.attrs?.organisation);
    expect(organisations).toEqual(expect.arrayContaining(['Mouvement du Nid', 'Hors la Rue', 'Amicale du Nid']));
    expect(nodes.filter((n) => n.type === 'markedSection').map((n) => n.attrs?.kind)).toEqual(['annexes', 'nextMeetings']);
    await stores.documents.close();
  });

  it('W4, M10: the 22 November 2013 minutes are validated at the meeting of 31 January 2014, their version being exactly their text', async () => {
    const { stores, ids } = await seeded();
    const record = (await stores.documents.get(ids.validated))!;
    expect(record).toMatchObject({ status: 'validated', validation: { meetingDate: '2014-01-31' } });
    const stored = await stores.review.getVersion(ids.validated, record.validation!.versionId);
    expect(stored?.version).toMatchObject({ kind: 'validation', label: 'Version validée (réunion du 31 janvier 2014)' });
    const doc = stateDoc({ state: (await stores.documents.load(ids.validated))!.state! });
    const atVersion = docAtSnapshot(doc, stored!.snapshot);
    expect(contentHash(contentOf(atVersion))).toBe(contentHash(contentOf(doc)));
    expect(stored!.version.hash).toBe(contentHash(contentOf(doc)));
    await stores.documents.close();
  });

  it('M10: the draft of 31 January 2014 is prepared from it, in the same series, with the « À suivre » carried', async () => {
    const { stores, ids } = await seeded();
    const [previous, next] = [(await stores.documents.get(ids.validated))!, (await stores.documents.get(ids.next))!];
    expect(next).toMatchObject({ status: 'draft', meetingDate: '2014-01-31', seriesId: previous.seriesId, title: 'Compte-rendu de la réunion du 31 janvier 2014' });
    const doc = stateDoc({ state: (await stores.documents.load(ids.next))!.state! });
    expect(readMeta(doc)).toMatchObject({ meetingDate: '2014-01-31', place: 'Paris' });
    const participants = readParticipants(doc);
    expect(new Set(participants.map((p) => p.attendance))).toEqual(new Set(['unknown']));
    expect(participants.map((p) => p.organisation)).toEqual(expect.arrayContaining(['Amicale du Nid', 'Comité Contre l’Esclavage Moderne (CCEM)', 'Fondation Scelles']));

    const body = readBodyContent(doc) as Node;
    const [place, adoption, adoptionText, followUp] = body.content!;
    expect(textOf(place!)).toBe('Lieu de la réunion : Secours Catholique, 106 rue du Bac, 75007 Paris, en salle Sidoine (accès à droite dans la cour)');
    expect(textOf(adoption!)).toBe('Adoption du compte-rendu de la réunion du 22 novembre 2013');
    expect(all(adoptionText!).flatMap((n) => n.marks ?? []).map((m) => m.attrs?.href)).toEqual([`/cr/${ids.validated}`]);
    expect(textOf(followUp!)).toBe('Suivi des points à suivre');
    const carried = all(body).filter((n) => n.type === 'actionItem');
    expect(carried.map((n) => n.attrs)).toEqual(
      ['demo-suivre-8', 'demo-suivre-10', 'demo-suivre-12'].map((id) => expect.objectContaining({ id, status: 'open', originDocument: ids.validated, originItem: id })),
    );
    expect(carried[1]!.attrs?.due).toBe('d’ici la prochaine réunion');
    expect(all(body).filter((n) => textOf(n) === 'Issu du compte-rendu de la réunion du 22 novembre 2013.' && n.type === 'paragraph')).toHaveLength(3);
    await stores.documents.close();
  });

  it('L6: gives the demo collective the template of its real letters, once, never over one its coordination saved', async () => {
    const templates = createSqliteLetterTemplateStore(':memory:');
    expect(await seedDemoLetterTemplate(templates, 'collectif')).toBe(true);
    expect(await templates.get('collectif')).toMatchObject({
      place: 'Paris',
      signatory: {
        name: 'Véronique Fayet',
        title: 'Présidente du Secours Catholique – Caritas France',
        onBehalf: 'Pour le Collectif « Ensemble contre la traite des êtres humains »',
      },
      closing: 'Veuillez agréer, Madame, Monsieur, l’assurance de ma très haute considération.',
      contact: 'Coordination : genevieve.colas@secours-catholique.org / 06 71 00 69 90',
    });
    await templates.put('collectif', { ...DEMO_LETTER_TEMPLATE, place: 'Lyon' });
    expect(await seedDemoLetterTemplate(templates, 'collectif')).toBe(false);
    expect((await templates.get('collectif'))?.place).toBe('Lyon');
    await templates.close();
  });
});
