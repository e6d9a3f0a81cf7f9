import { z } from 'zod';
import './frenchZodMessages';
import { calendarDateSchema } from '../model/calendarDate';
import { requiredSingleLineText } from '../model/singleLineText';
import { frenchLongDate } from '../export/frenchDate';
import type { AssociationApproval } from '../review/approvalStates';
import type { DocumentDiff } from '../review/diffDocuments';

export const statusLabels = { draft: 'Brouillon', review: 'En relecture', validated: 'Validé' } as const;
export type MinutesStatus = keyof typeof statusLabels;

/** `POST /api/minutes/:id/status`: only draft ⇄ review; validation has its own act. */
export const setStatusSchema = z.object({ status: z.enum(['draft', 'review']) });
export const createVersionSchema = z.object({ label: requiredSingleLineText(200, 'donnez un nom à la version') });
/** `versionId: 'current'` approves the text as it is now (a version is recorded for it). */
export const approveSchema = z.object({ versionId: z.string().min(1).max(64) });
export const validateSchema = z.object({
  meetingDate: calendarDateSchema,
  note: z.string().trim().max(1000).optional(),
  /** Needed when not every association present approved this exact text (W11). */
  confirmWithoutUnanimity: z.boolean().optional(),
});
export const reopenSchema = z.object({ reason: z.string().trim().min(3, 'indiquez la raison de la réouverture').max(1000) });

export interface VersionSummary {
  id: string;
  label: string;
  kind: 'manual' | 'automatic' | 'status' | 'validation' | 'reopen' | 'restore';
  hash: string;
  createdAt: string;
  createdBy: string;
  createdByName: string | null;
}

export interface ApprovalsResponse {
  /** Hash of the text as it is now; an approval of another hash is « modifié depuis ». */
  currentHash: string;
  associations: AssociationApproval[];
}

export type DiffResponse = DocumentDiff & { from: string; to: string };

/**
 * The statement printed in the header and every export of validated minutes (W13):
 * « Validé lors de la réunion du Collectif du 17 février 2014 », dated as every export dates,
 * without Intl, so the editor, the server and any browser word it alike.
 */
export const validationStatement = (meetingDate: string): string =>
  `Validé lors de la réunion du Collectif du ${frenchLongDate(meetingDate) ?? meetingDate}`;
