import { describe, expect, it } from 'vitest';
import { commentsTabLabel } from './commentsTabLabel';

describe('commentsTabLabel', () => {
  it('says how many messages are new, in French, singular and plural', () => {
    expect(commentsTabLabel({ count: 0, mentions: 0 })).toBe('Commentaires');
    expect(commentsTabLabel({ count: 1, mentions: 0 })).toBe('Commentaires, 1 nouveau');
    expect(commentsTabLabel({ count: 2, mentions: 0 })).toBe('Commentaires, 2 nouveaux');
  });

  it('says how many of them mention the reader’s association', () => {
    expect(commentsTabLabel({ count: 3, mentions: 1 })).toBe('Commentaires, 3 nouveaux, dont 1 mentionnant votre association');
  });
});
