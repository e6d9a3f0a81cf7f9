import { describe, expect, it } from 'vitest';
import { minutesSchema } from '../../../shared/schema/proseMirrorSchema';
import { annexNumberAt } from './annexNumber';

const schema = minutesSchema();
const annex = (label: string) => ({ type: 'annex', attrs: { kind: 'file', annexId: label, label } });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('annexNumberAt (M12: annexes numbered in document order)', () => {
  it('M12: numbers every annex from 1 in document order, wherever it sits', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        paragraph('Ordre du jour'),
        { type: 'blockquote', content: [annex('a')] },
        { type: 'markedSection', attrs: { kind: 'annexes' }, content: [paragraph('Liste'), annex('b'), annex('c')] },
      ],
    });
    const numbers: Record<string, number> = {};
    doc.descendants((node, pos) => {
      if (node.type.name === 'annex') numbers[String(node.attrs.label)] = annexNumberAt(doc, pos);
    });
    expect(numbers).toEqual({ a: 1, b: 2, c: 3 });
  });
});
