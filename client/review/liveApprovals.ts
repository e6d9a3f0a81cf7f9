import type { AssociationApproval } from '../../shared/review/approvalStates';

/**
 * The approvals as they stand against the text on this screen (W3, W10): the server's answer
 * was computed when it was read, the editor's replica moves on with every edit. Until the
 * replica has a hash (not loaded yet), the server's states stand.
 */
export function liveApprovals(rows: readonly AssociationApproval[], currentHash: string | null): AssociationApproval[] {
  if (currentHash === null) return [...rows];
  return rows.map((row) =>
    row.approval ? { ...row, state: row.approval.hash === currentHash ? 'current' : 'stale' } : row,
  );
}
