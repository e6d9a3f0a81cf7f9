import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeMeta } from '../../../shared/model/meta';
import { writeParticipants } from '../../../shared/model/participants';
import { writeBodyContent } from '../../../shared/schema/bodyContent';
import demo from '../demo/compte-rendu-2013-11-22.json';
import { documentPassages } from './documentPassages';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });

function docWith(body: unknown[]): Y.Doc {
  const doc = new Y.Doc();
  writeMeta(doc, { title: 'Réunion du Collectif', meetingDate: '2013-11-22' });
  writeParticipants(doc, [{ id: 'p1', organisation: 'Secours Catholique', people: ['M. Soulage'], attendance: 'present' }]);
  writeBodyContent(doc, { type: 'doc', content: body });
  return doc;
}

describe('documentPassages (SPEC Q6)', () => {
  it('gives the title, the participants, and each block with its section and speaker', () => {
    const doc = docWith([
      paragraph('Avant toute section.'),
      { type: 'heading', attrs: { level: 2 }, content: [text('Actualités')] },
      { type: 'speakerTurn', attrs: { id: 't1', organisation: 'Amicale du Nid', person: 'Hélène', role: '' }, content: [paragraph('Premier.'), paragraph('Second.')] },
      { type: 'actionItem', attrs: { id: 'a1', owners: ['Hors la Rue'], due: '', status: 'open' }, content: [paragraph('Écrire au ministère.')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Un point de liste.')] }] },
      { type: 'markedSection', attrs: { kind: 'nextMeetings' }, content: [paragraph('Le 31 janvier 2014.')] },
    ]);
    expect(documentPassages(doc)).toEqual([
      { kind: 'title', blockId: null, section: null, organisation: null, person: null, text: 'Réunion du Collectif' },
      { kind: 'participants', blockId: null, section: null, organisation: null, person: null, text: 'Secours Catholique : M. Soulage (Participants)' },
      { kind: 'paragraph', blockId: 'n0', section: null, organisation: null, person: null, text: 'Avant toute section.' },
      { kind: 'heading', blockId: 'n1', section: 'Actualités', organisation: null, person: null, text: 'Actualités' },
      { kind: 'speakerTurn', blockId: 't1', section: 'Actualités', organisation: 'Amicale du Nid', person: 'Hélène', text: 'Premier. Second.' },
      { kind: 'actionItem', blockId: 'a1', section: 'Actualités', organisation: null, person: null, text: 'Écrire au ministère. Hors la Rue' },
      { kind: 'paragraph', blockId: 'n4', section: 'Actualités', organisation: null, person: null, text: 'Un point de liste.' },
      { kind: 'paragraph', blockId: 'n5', section: 'Prochaines réunions', organisation: null, person: null, text: 'Le 31 janvier 2014.' },
    ]);
  });

  it('reads every speaker turn and « À suivre » box of the demo, annexes included', () => {
    const doc = new Y.Doc();
    writeMeta(doc, demo.meta);
    writeBodyContent(doc, demo.content);
    const passages = documentPassages(doc);
    const turns = demo.content.content.filter((node) => node.type === 'speakerTurn').length;
    expect(passages.filter((p) => p.kind === 'speakerTurn')).toHaveLength(turns);
    expect(passages.filter((p) => p.kind === 'actionItem')).toHaveLength(3);
    expect(passages.some((p) => p.section === 'Annexes')).toBe(true);
    expect(passages.some((p) => p.text.includes('êtres humains'))).toBe(true);
  });
});
