import { describe, expect, it } from 'vitest';
import { readOnlyReason } from './readOnlyReason';

describe('readOnlyReason', () => {
  it('lets writers edit a draft or a compte-rendu in review', () => {
    expect(readOnlyReason({ access: 'write', status: 'draft' })).toBeNull();
    expect(readOnlyReason({ access: 'write', status: 'review' })).toBeNull();
  });

  it('says a validated compte-rendu is frozen, whatever the role', () => {
    expect(readOnlyReason({ access: 'read', status: 'validated' })).toBe('Compte-rendu validé');
    expect(readOnlyReason({ access: 'write', status: 'validated' })).toBe('Compte-rendu validé');
  });

  it('lets a suggestion-only member edit: its edits become suggestions', () => {
    expect(readOnlyReason({ access: 'suggest', status: 'review' })).toBeNull();
  });

  it('says a reader only reads', () => {
    expect(readOnlyReason({ access: 'read', status: 'draft' })).toBe('Droits de lecture');
  });
});
