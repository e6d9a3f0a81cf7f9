import { describe, expect, it } from 'vitest';
import { carriedCopy, carriedItemStates, openItems } from './carryOver';
import type { SeriesDocument } from './seriesDocuments';

type Attrs = { id: string; status?: 'open' | 'done'; originDocument?: string | null; originItem?: string | null; owners?: string[]; due?: string };
const item = ({ status = 'open', owners = [], due = '', originDocument = null, originItem = null, id }: Attrs, text = `Point ${id}`) => ({
  type: 'actionItem',
  attrs: { id, owners, due, status, originDocument, originItem },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const document = (id: string, meetingDate: string, items: unknown[]): SeriesDocument => ({
  id,
  meetingDate,
  createdAt: `${meetingDate}T10:00:00.000Z`,
  content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'I' }] }, ...items] },
});

describe('carry-over of « À suivre » (M9)', () => {
  const november = document('nov', '2013-11-22', [item({ id: 'a', owners: ['Amicale du Nid'], due: '2014-01-15' }), item({ id: 'b', status: 'done' })]);

  it('carries the open items of a series once each, with the same id, their owners, due date and text, and their origin', () => {
    const [copy, ...rest] = openItems([november]);
    expect(rest).toEqual([]);
    expect(carriedCopy(copy!)).toEqual({
      type: 'actionItem',
      attrs: { id: 'a', owners: ['Amicale du Nid'], due: '2014-01-15', status: 'open', originDocument: 'nov', originItem: 'a' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Point a' }] }],
    });
  });

  it('decides by the latest document that shows an item, and carries its latest copy, never a second one', () => {
    // January carried `a` (reworded) and added `c`; preparing again from January carries each once.
    const january = document('jan', '2014-01-31', [
      item({ id: 'a', originDocument: 'nov', originItem: 'a', owners: ['Hors la Rue'] }, 'Point a, reformulé'),
      item({ id: 'c' }),
    ]);
    const open = openItems([january, november]);
    expect(open.map((copy) => [copy.identity, copy.document.id])).toEqual([
      ['nov#a', 'jan'],
      ['jan#c', 'jan'],
    ]);
    expect(carriedCopy(open[0]!).attrs).toMatchObject({ owners: ['Hors la Rue'], originDocument: 'nov', originItem: 'a' });
    expect(carriedCopy(open[0]!).content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Point a, reformulé' }] }]);
  });

  it('an item closed in later minutes is no longer carried, and reads closed in the older document, which is not written to', () => {
    const january = document('jan', '2014-01-31', [item({ id: 'a', status: 'done', originDocument: 'nov', originItem: 'a' })]);
    const before = JSON.stringify(november);
    expect(openItems([november, january])).toEqual([]);
    expect(carriedItemStates('nov', [november, january])).toEqual([
      { id: 'a', status: 'done', closedIn: { documentId: 'jan', meetingDate: '2014-01-31' } },
      { id: 'b', status: 'done', closedIn: null },
    ]);
    expect(carriedItemStates('jan', [november, january])).toEqual([{ id: 'a', status: 'done', closedIn: null }]);
    expect(JSON.stringify(november)).toBe(before);
  });

  it('carries the words and their formatting, not the previous document’s comment anchors nor pending suggestions', () => {
    const annotated = document('nov', '2013-11-22', [
      {
        type: 'actionItem',
        attrs: { id: 'a', owners: [], due: '', status: 'open' },
        content: [
          {
            type: 'paragraph',
            attrs: { suggestion: { id: 's1', kind: 'split' } },
            content: [
              { type: 'text', text: 'Relancer ', marks: [{ type: 'bold' }, { type: 'comment', attrs: { threadId: 't1' } }] },
              { type: 'text', text: 'la Ministre', marks: [{ type: 'insertion', attrs: { id: 's2' } }] },
            ],
          },
        ],
      },
    ]);
    expect(carriedCopy(openItems([annotated])[0]!).content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Relancer ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'la Ministre' }] },
    ]);
  });

  it('an item still open later reads open; an unknown document has no items', () => {
    const january = document('jan', '2014-01-31', [item({ id: 'a', originDocument: 'nov', originItem: 'a' })]);
    expect(carriedItemStates('nov', [november, january])[0]).toEqual({ id: 'a', status: 'open', closedIn: null });
    expect(carriedItemStates('missing', [november])).toEqual([]);
  });
});
