import type { AssociationApproval } from './approvalStates';

/**
 * How one association present at the meeting stood when the text was validated (W11):
 * `current` approved this exact text, `stale` an older one, `none` did not approve.
 */
export interface ValidationApproval {
  organisation: string;
  associationId: string | null;
  state: AssociationApproval['state'];
  /** The version it approved, when it approved one. */
  versionId: string | null;
  approvedAt: string | null;
}

export const validationApprovals = (rows: readonly AssociationApproval[]): ValidationApproval[] =>
  rows.map((row) => ({
    organisation: row.organisation,
    associationId: row.associationId,
    state: row.state,
    versionId: row.approval?.versionId ?? null,
    approvedAt: row.approval?.approvedAt ?? null,
  }));

/** Every association present approved this exact text (an association without account never can). */
export const isUnanimous = (rows: ReadonlyArray<Pick<AssociationApproval, 'state'>>): boolean =>
  rows.every((row) => row.state === 'current');
