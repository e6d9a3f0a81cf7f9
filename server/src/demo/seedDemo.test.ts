import { describe, expect, it } from 'vitest';
import { readMeta } from '../../../shared/model/meta';
import { readParticipants } from '../../../shared/model/participants';
import { sommaireOf } from '../../../shared/model/sommaire';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import { createSqliteStore } from '../storage/sqliteStore';
import { stateDoc } from '../testing/stateDoc';
import { seedDemoMinutes } from './seedDemo';

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] };
const all = (node: Node): Node[] => [node, ...(node.content ?? []).flatMap(all)];

describe('demo content', () => {
  it('holds the 22 November 2013 compte-rendu in the structured model, once', async () => {
    const store = createSqliteStore({ filename: ':memory:' });
    const id = await seedDemoMinutes(store, 'collectif');
    expect(await seedDemoMinutes(store, 'collectif')).toBeUndefined();
    // Seeded content is one state, with nothing logged after it.
    const doc = stateDoc({ state: (await store.load(id!))!.state! });

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
    await store.close();
  });
});
