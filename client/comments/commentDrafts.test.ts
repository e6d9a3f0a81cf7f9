import { describe, expect, it } from 'vitest';
import { CommentDrafts, NEW_COMMENT } from './commentDrafts';

describe('CommentDrafts', () => {
  it('keeps what is typed per form until it is emptied or dropped', () => {
    const drafts = new CommentDrafts();
    drafts.set(NEW_COMMENT, { body: 'Concernant', mentions: [] });
    drafts.set('th1', { body: '', mentions: [{ id: 'a1', name: 'AFJ' }] });
    expect(drafts.get(NEW_COMMENT)?.body).toBe('Concernant');
    expect(drafts.has('th1')).toBe(true);

    drafts.set(NEW_COMMENT, { body: '', mentions: [] });
    expect(drafts.has(NEW_COMMENT)).toBe(false);
    drafts.delete('th1');
    expect(drafts.get('th1')).toBeUndefined();
  });
});
