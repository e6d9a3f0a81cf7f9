import { describe, expect, it } from 'vitest';
import { reviewActions, type Reviewer } from './reviewActions';

const as = (role: Reviewer['role'], association: string | null = null): Reviewer => ({
  role,
  associationId: association && `id-${association}`,
  associationName: association,
});

describe('reviewActions', () => {
  it('W1: lets the secretariat and the coordination move a draft to review and back, nobody else', () => {
    expect(reviewActions(as('secretariat'), 'draft')).toMatchObject({ toReview: true, toDraft: false });
    expect(reviewActions(as('coordination'), 'review')).toMatchObject({ toReview: false, toDraft: true });
    expect(reviewActions(as('member'), 'draft')).toMatchObject({ toReview: false, toDraft: false });
    expect(reviewActions(as('reader'), 'review')).toMatchObject({ toReview: false, toDraft: false });
  });

  it('W4: offers validation to the coordination only, once in review', () => {
    expect(reviewActions(as('coordination'), 'review').validate).toBe(true);
    expect(reviewActions(as('coordination'), 'draft').validate).toBe(false);
    expect(reviewActions(as('secretariat'), 'review').validate).toBe(false);
  });

  it('W5: offers reopening to the coordination only, once validated, and nothing else then', () => {
    expect(reviewActions(as('coordination', 'Hors la Rue'), 'validated')).toEqual({
      toReview: false,
      toDraft: false,
      validate: false,
      reopen: true,
      saveVersion: false,
      restore: false,
      approveFor: null,
    });
    expect(reviewActions(as('secretariat'), 'validated').reopen).toBe(false);
  });

  it('W3: lets an account of an association approve for it while in review', () => {
    expect(reviewActions(as('member', 'Hors la Rue'), 'review').approveFor).toEqual({ id: 'id-Hors la Rue', name: 'Hors la Rue' });
    expect(reviewActions(as('coordination', 'Amicale du Nid'), 'review').approveFor?.name).toBe('Amicale du Nid');
    expect(reviewActions(as('member', 'Hors la Rue'), 'draft').approveFor).toBeNull();
    expect(reviewActions(as('member'), 'review').approveFor).toBeNull();
    expect(reviewActions(as('reader', 'Hors la Rue'), 'review').approveFor).toBeNull();
  });

  it('W6: offers restoring to the secretariat and the coordination, saving a version to every editor', () => {
    expect(reviewActions(as('secretariat'), 'review')).toMatchObject({ restore: true, saveVersion: true });
    expect(reviewActions(as('member'), 'draft')).toMatchObject({ restore: false, saveVersion: true });
    expect(reviewActions(as('reader'), 'draft')).toMatchObject({ restore: false, saveVersion: false });
  });
});
