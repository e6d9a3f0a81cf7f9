import { describe, expect, it } from 'vitest';
import type { AssociationApproval } from '../../shared/review/approvalStates';
import { liveApprovals } from './liveApprovals';

const approval = (hash: string) => ({ associationId: 'a1', versionId: 'v1', hash, approvedAt: '2014-02-01T10:00:00Z', approvedBy: 'u1' });
const rows: AssociationApproval[] = [
  { organisation: 'Hors la Rue', associationId: 'a1', state: 'current', approval: approval('h1') },
  { organisation: 'Amicale du Nid', associationId: 'a2', state: 'stale', approval: { ...approval('h0'), associationId: 'a2' } },
  { organisation: 'Fondation Scelles', associationId: null, state: 'none', approval: null },
];

describe('liveApprovals', () => {
  it('W3: an approval of another hash than the text on screen reads « modifié depuis » (stale) at once', () => {
    expect(liveApprovals(rows, 'h2').map((row) => row.state)).toEqual(['stale', 'stale', 'none']);
  });

  it('W3: an approval of the hash on screen is current again, whatever the server said when it was read', () => {
    expect(liveApprovals(rows, 'h0').map((row) => row.state)).toEqual(['stale', 'current', 'none']);
  });

  it('keeps the server’s states until the replica has a hash', () => {
    expect(liveApprovals(rows, null)).toEqual(rows);
  });
});
