import { describe, expect, it } from 'vitest';
import { annexReferencesOf } from './annexReferences';

const annex = (attrs: Record<string, string>) => ({ type: 'annex', attrs: { id: attrs.id ?? 'x', ...attrs } });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('annexReferencesOf (N5: annexes numbered in document order)', () => {
  it('numbers file and compte-rendu annexes together, in document order, wherever they sit', () => {
    const body = {
      type: 'doc',
      content: [
        paragraph('Ordre du jour'),
        annex({ kind: 'file', annexId: 'early', documentId: '', label: 'Lettre au ministre' }),
        {
          type: 'markedSection',
          attrs: { kind: 'annexes' },
          content: [
            annex({ kind: 'minutes', annexId: '', documentId: 'doc-18-octobre', label: 'Compte-rendu de la réunion du 18 octobre 2013' }),
            annex({ kind: 'file', annexId: 'atelier', documentId: '', label: '' }),
          ],
        },
      ],
    };
    expect(annexReferencesOf(body)).toEqual([
      { number: 1, kind: 'file', annexId: 'early', documentId: '', label: 'Lettre au ministre' },
      { number: 2, kind: 'minutes', annexId: '', documentId: 'doc-18-octobre', label: 'Compte-rendu de la réunion du 18 octobre 2013' },
      { number: 3, kind: 'file', annexId: 'atelier', documentId: '', label: '' },
    ]);
  });

  it('keeps only the id of the annex’s own kind', () => {
    const body = { type: 'doc', content: [annex({ kind: 'minutes', annexId: 'stray', documentId: 'cr' })] };
    expect(annexReferencesOf(body)).toEqual([{ number: 1, kind: 'minutes', annexId: '', documentId: 'cr', label: '' }]);
  });

  it('finds none in a body without annexes, or in something that is not a body', () => {
    expect(annexReferencesOf({ type: 'doc', content: [paragraph('Rien en annexe')] })).toEqual([]);
    expect(annexReferencesOf({ type: 'doc' })).toEqual([]);
    expect(annexReferencesOf(null)).toEqual([]);
    expect(annexReferencesOf('doc')).toEqual([]);
  });
});
