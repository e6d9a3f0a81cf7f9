import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeBodyContent } from '../../../shared/schema/bodyContent';
import { measureCitations, sentenceAround } from './measureCitations';

const text = (value: string) => ({ type: 'text', text: value });
const ref = (number: number, item = '') => ({ type: 'measureRef', attrs: { plan: 'pan', number, item } });

function docWith(body: unknown[]): Y.Doc {
  const doc = new Y.Doc();
  writeBodyContent(doc, { type: 'doc', content: body });
  return doc;
}

describe('measureCitations (SPEC X1)', () => {
  it('cites each measureRef atom with its block, section, speaker and sentence', () => {
    const doc = docWith([
      { type: 'heading', attrs: { level: 2 }, content: [text('Actualités')] },
      {
        type: 'speakerTurn',
        attrs: { id: 't1', organisation: 'Amicale du Nid', person: 'Hélène', role: '' },
        content: [{ type: 'paragraph', content: [text('Premier point. Où en est la '), ref(22), text(' ? Le ministère se tait. Fin.')] }],
      },
      { type: 'paragraph', content: [text('Voir aussi la '), ref(10, '2ème tiret'), text('.')] },
    ]);
    expect(measureCitations(doc)).toEqual([
      {
        plan: 'pan', number: 22, item: '', linked: true, blockId: 't1', section: 'Actualités',
        organisation: 'Amicale du Nid', person: 'Hélène', excerpt: 'Où en est la mesure 22 ?', phrase: null,
      },
      {
        plan: 'pan', number: 10, item: '2ème tiret', linked: true, blockId: 'n2', section: 'Actualités',
        organisation: null, person: null, excerpt: 'Voir aussi la mesure 10, 2ème tiret.', phrase: null,
      },
    ]);
  });

  it('offers plain words « mesure 22 » as unlinked, one per number, never as a linked citation', () => {
    const doc = docWith([{ type: 'paragraph', content: [text('Les mesures 22 et 23 avancent ; la '), ref(5), text(' non.')] }]);
    const citations = measureCitations(doc);
    expect(citations.filter((c) => c.linked).map((c) => c.number)).toEqual([5]);
    expect(citations.filter((c) => !c.linked).map((c) => [c.number, c.phrase, c.plan])).toEqual([
      [22, 'mesures 22 et 23', null],
      [23, 'mesures 22 et 23', null],
    ]);
  });

  it('cuts a sentence that runs on around the reference', () => {
    const long = `${'a '.repeat(200)}mesure 22${' b'.repeat(200)}`;
    const excerpt = sentenceAround(long, 400, 409);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('mesure 22');
    expect(excerpt.length).toBeLessThan(320);
  });
});
