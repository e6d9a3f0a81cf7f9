import { describe, expect, it } from 'vitest';
import { approvalStateLabel } from './approvalLabels';

const approval = { associationId: 'a1', versionId: 'v1', hash: 'h1', approvedAt: '2014-02-10T09:30:00Z', approvedBy: 'u1' };
const versions = [{ id: 'v1', createdAt: '2014-02-10T09:29:00Z' }];

describe('approvalStateLabel', () => {
  it('W3: says whether the association approved nothing yet or this very text', () => {
    expect(approvalStateLabel({ state: 'none', approval: null }, versions)).toBe('Pas encore approuvé');
    expect(approvalStateLabel({ state: 'current', approval }, versions)).toBe('Approuvé (cette version)');
  });

  it('W3: names the date of the approved version when the text changed since', () => {
    expect(approvalStateLabel({ state: 'stale', approval }, versions, 'Europe/Paris')).toBe(
      'Approuvé sur la version du 10 février 2014 à 10:29 — modifié depuis',
    );
  });

  it('falls back to the approval date when the version is not listed', () => {
    expect(approvalStateLabel({ state: 'stale', approval }, [], 'UTC')).toBe(
      'Approuvé sur la version du 10 février 2014 à 09:30 — modifié depuis',
    );
  });
});
