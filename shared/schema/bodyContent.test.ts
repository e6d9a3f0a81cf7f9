import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBodyContent, writeBodyContent } from './bodyContent';
import { BODY_FRAGMENT } from './extensions';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** One of every node and attribute of the schema. */
const everything = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Actualités des associations' }] },
    {
      type: 'speakerTurn',
      attrs: { id: 'turn-1', organisation: 'Secours Catholique', person: 'M. Soulage', role: '' },
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'M. Soulage note que ' },
            { type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number: 22, item: '' } },
            { type: 'text', text: ' et la ', marks: [{ type: 'bold' }] },
            { type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number: 10, item: '2ème tiret' } },
          ],
        },
        paragraph('Second paragraphe du même tour.'),
      ],
    },
    {
      type: 'speakerTurn',
      attrs: { id: 'turn-2', organisation: '', person: '', role: 'Ministre des Droits des femmes' },
      content: [paragraph('La ministre annonce le plan.')],
    },
    {
      type: 'actionItem',
      attrs: { id: 'todo-1', owners: ['Hors la Rue', 'CCEM'], due: '2014-01-31', status: 'open' },
      content: [paragraph('Faire le point sur les projets européens.')],
    },
    {
      type: 'actionItem',
      attrs: { id: 'todo-2', owners: [], due: 'd’ici la prochaine réunion', status: 'done' },
      content: [paragraph('Préparer la journée européenne.')],
    },
    {
      type: 'markedSection',
      attrs: { kind: 'annexes' },
      content: [{ type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [paragraph('Lettre du Collectif')] }] }],
    },
    { type: 'markedSection', attrs: { kind: 'nextMeetings' }, content: [paragraph('Vendredi 31 janvier 2014')] },
  ],
};

describe('body content ⇄ Y.Doc', () => {
  it('round-trips every node and attribute through a Y.Doc and its encoded state', () => {
    const doc = new Y.Doc({ gc: false });
    writeBodyContent(doc, everything);
    const replica = new Y.Doc({ gc: false });
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    expect(readBodyContent(replica)).toEqual(everything);
  });

  it('refuses JSON that the schema cannot hold, writing nothing', () => {
    const doc = new Y.Doc();
    expect(() => writeBodyContent(doc, { type: 'doc', content: [{ type: 'video' }] })).toThrow();
    expect(() => writeBodyContent(doc, { type: 'doc', content: [{ type: 'speakerTurn', content: [] }] })).toThrow();
    expect(doc.getXmlFragment(BODY_FRAGMENT).length).toBe(0);
  });

  it('reads an invalid body by throwing, never by deleting what it cannot represent', () => {
    const doc = new Y.Doc();
    writeBodyContent(doc, { type: 'doc', content: [paragraph('gardé')] });
    doc.getXmlFragment(BODY_FRAGMENT).insert(1, [new Y.XmlElement('nodeFromTheFuture')]);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => readBodyContent(doc)).toThrow();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(doc.getXmlFragment(BODY_FRAGMENT).length).toBe(2);
  });

  it('reads an empty body as one empty paragraph', () => {
    expect(readBodyContent(new Y.Doc())).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
