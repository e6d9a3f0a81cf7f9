import { describe, expect, it } from 'vitest';
import { statusAnnouncement } from './statusAnnouncement';

describe('statusAnnouncement', () => {
  it('says each move of the life cycle', () => {
    expect(statusAnnouncement('draft', 'review')).toBe('Le compte-rendu est passé en relecture.');
    expect(statusAnnouncement('review', 'draft')).toBe('Le compte-rendu est revenu en brouillon.');
    expect(statusAnnouncement('review', 'validated')).toBe('Le compte-rendu est validé.');
    expect(statusAnnouncement('validated', 'draft')).toBe('Le compte-rendu est rouvert.');
  });

  it('says nothing when the status did not move', () => {
    expect(statusAnnouncement('review', 'review')).toBeNull();
  });
});
