import { z } from 'zod';
import './frenchZodMessages';
import { emailSchema } from './auth';

/**
 * What a share grants on one compte-rendu: reading, suggesting or editing it, never a
 * role of the collective (SPEC A12). Validating, reopening, moving the status or deleting
 * stay with the roles of the document's collective.
 */
export const SHARE_ACCESSES = ['read', 'suggest', 'write'] as const;
export type ShareAccess = (typeof SHARE_ACCESSES)[number];

export const shareAccessLabels: Record<ShareAccess, string> = {
  read: 'Lecture',
  suggest: 'Suggestion',
  write: 'Modification',
};

export const putShareSchema = z.object({ email: emailSchema, access: z.enum(SHARE_ACCESSES) });

/**
 * A row of `GET /api/minutes/:id/shares`, and the answer to a `PUT`: only the address the
 * secretariat typed, never whether or whose account it is (no account-existence leak).
 */
export interface ShareEntry {
  email: string;
  access: ShareAccess;
}

export interface ShareListResponse {
  shares: ShareEntry[];
}
