import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBodyContent, writeBodyContent } from '../../../shared/schema/bodyContent';
import { linkMeasurePhrase } from './linkMeasurePhrase';
import { measureCitations } from './measureCitations';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

function docWith(body: unknown[]): Y.Doc {
  const doc = new Y.Doc();
  writeBodyContent(doc, { type: 'doc', content: body });
  return doc;
}

describe('linkMeasurePhrase (SPEC X5)', () => {
  it('turns « mesures 22 et 23 » into two references, keeping the words and marks around them', () => {
    const doc = docWith([
      { type: 'paragraph', content: [text('Voir les mesures 22 et 23 du plan, '), text('en gras', [{ type: 'bold' }]), text('.')] },
    ]);
    expect(linkMeasurePhrase(doc, 'n0', 'mesures 22 et 23', 'pan')).toBe(true);
    expect(readBodyContent(doc).content).toEqual([
      {
        type: 'paragraph',
        content: [
          text('Voir les '),
          { type: 'measureRef', attrs: { plan: 'pan', number: 22, item: '' } },
          text(' et '),
          { type: 'measureRef', attrs: { plan: 'pan', number: 23, item: '' } },
          text(' du plan, '),
          text('en gras', [{ type: 'bold' }]),
          text('.'),
        ],
      },
    ]);
    const citations = measureCitations(doc);
    expect(citations.map((c) => [c.number, c.linked])).toEqual([
      [22, true],
      [23, true],
    ]);
  });

  it('links words at the start of a speaker turn, found by the turn’s id', () => {
    const doc = docWith([
      { type: 'speakerTurn', attrs: { id: 't1', organisation: 'Amicale du Nid', person: 'Hélène', role: '' }, content: [{ type: 'paragraph', content: [text('Mesure 22 : rien.')] }] },
    ]);
    expect(linkMeasurePhrase(doc, 't1', 'Mesure 22', 'pan')).toBe(true);
    const [turn] = readBodyContent(doc).content as Array<{ content: Array<{ content: unknown[] }> }>;
    expect(turn?.content[0]?.content).toEqual([{ type: 'measureRef', attrs: { plan: 'pan', number: 22, item: '' } }, text(' : rien.')]);
  });

  it('writes nothing when the block no longer holds the words', () => {
    const doc = docWith([{ type: 'paragraph', content: [text('Rien à relier.')] }]);
    const before = Y.encodeStateAsUpdate(doc);
    expect(linkMeasurePhrase(doc, 'n0', 'mesure 22', 'pan')).toBe(false);
    expect(linkMeasurePhrase(doc, 'n7', 'mesure 22', 'pan')).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
