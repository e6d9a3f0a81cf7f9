import type { MinutesStatus } from '../../shared/api/review';
import { atLeast, type Role } from '../../shared/api/roles';

export interface Reviewer {
  role: Role;
  associationId: string | null;
  associationName: string | null;
}

/** What the review panel offers; the server checks every one of these again (A8). */
export interface ReviewActions {
  toReview: boolean;
  toDraft: boolean;
  validate: boolean;
  reopen: boolean;
  saveVersion: boolean;
  restore: boolean;
  /** The association the user approves for, when they may approve now. */
  approveFor: { id: string; name: string } | null;
}

/**
 * The actions of the review workflow open to `reviewer` on a compte-rendu in `status`:
 * the secretariat and the coordination move it between draft and review (W1), only the
 * coordination validates and reopens (W4, W5), and a validated text changes in no way.
 */
export function reviewActions(reviewer: Reviewer, status: MinutesStatus): ReviewActions {
  const manages = atLeast(reviewer.role, 'secretariat');
  const coordinates = reviewer.role === 'coordination';
  const edits = atLeast(reviewer.role, 'member');
  const open = status !== 'validated';
  const { associationId, associationName } = reviewer;
  return {
    toReview: manages && status === 'draft',
    toDraft: manages && status === 'review',
    // Approvals are collected in review; validating straight from a draft would skip them.
    validate: coordinates && status === 'review',
    reopen: coordinates && status === 'validated',
    saveVersion: edits && open,
    restore: manages && open,
    approveFor:
      edits && status === 'review' && associationId && associationName ? { id: associationId, name: associationName } : null,
  };
}
