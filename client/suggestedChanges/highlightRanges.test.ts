import { describe, expect, it } from 'vitest';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import { associationColor } from './associationColor';
import { highlightRanges } from './highlightRanges';

const amicale = { userId: 'u1', author: 'Hélène De Rugy', association: 'Amicale du Nid' };
const horsLaRue = { userId: 'u2', author: 'Martina Andreeva', association: 'Hors la Rue' };

const doc = minutesSchema().nodeFromJSON({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Le projet ' },
        { type: 'text', text: 'Resiland ', marks: [{ type: 'insertion', attrs: { id: 's1', ...amicale } }] },
        { type: 'text', text: 'débute', marks: [{ type: 'deletion', attrs: { id: 's2', ...horsLaRue } }] },
        { type: 'text', text: '.' },
        {
          type: 'text',
          text: 'Important',
          marks: [{ type: 'bold' }, { type: 'formatChange', attrs: { id: 's4', ...horsLaRue, added: [{ type: 'bold' }], removed: [] } }],
        },
      ],
    },
    {
      type: 'paragraph',
      attrs: { suggestion: { id: 's3', kind: 'split', ...amicale } },
      content: [{ type: 'text', text: 'Suite.' }],
    },
  ],
});

describe('highlightRanges', () => {
  it('covers inserted and deleted text with its author’s colour and tooltip', () => {
    const inline = highlightRanges(doc).filter((range) => range.type === 'inline').slice(0, 2);
    const [insertion, deletion] = inline;
    expect(doc.textBetween(insertion!.from, insertion!.to)).toBe('Resiland ');
    expect(insertion!.attrs).toMatchObject({
      class: 'suggestion-text suggestion-text--insertion',
      'data-suggestion-id': 's1',
      title: 'Suggestion d’Hélène De Rugy (Amicale du Nid)',
    });
    expect(insertion!.attrs.style).toContain(associationColor('Amicale du Nid'));
    expect(doc.textBetween(deletion!.from, deletion!.to)).toBe('débute');
    expect(deletion!.attrs.class).toBe('suggestion-text suggestion-text--deletion');
    expect(deletion!.attrs.style).toContain(associationColor('Hors la Rue'));
  });

  it('outlines reformatted text and says in its tooltip what the formatting changes', () => {
    const format = highlightRanges(doc).find((range) => range.attrs['data-suggestion-id'] === 's4')!;
    expect(doc.textBetween(format.from, format.to)).toBe('Important');
    expect(format.attrs).toMatchObject({
      class: 'suggestion-text suggestion-text--formatChange',
      title: 'Suggestion de Martina Andreeva (Hors la Rue) : gras ajouté',
    });
  });

  it('marks a block carrying a suggestion with its kind, over the whole block', () => {
    const blocks = highlightRanges(doc).filter((range) => range.type === 'block');
    expect(blocks).toHaveLength(1);
    const second = doc.child(1);
    expect(blocks[0]).toMatchObject({ from: doc.child(0).nodeSize, to: doc.child(0).nodeSize + second.nodeSize });
    expect(blocks[0]!.attrs['data-suggestion-kind']).toBe('split');
    expect(blocks[0]!.attrs.title).toBe('Suggestion d’Hélène De Rugy (Amicale du Nid) : nouveau paragraphe');
  });

  it('finds nothing in a document without suggestions', () => {
    const plain = minutesSchema().nodeFromJSON({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rien.' }] }],
    });
    expect(highlightRanges(plain)).toEqual([]);
  });
});
