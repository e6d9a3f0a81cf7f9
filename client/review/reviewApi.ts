import type { MeResponse } from '../../shared/api/auth';
import type { MinutesMeta } from '../../shared/api/minutes';
import type { Participant } from '../../shared/model/participants';
import type { Plan } from '../../shared/api/plans';
import type { ApprovalsResponse, DiffResponse, VersionSummary } from '../../shared/api/review';
import type { ProseMirrorJSON } from '../../shared/schema/bodyContent';
import { getJson, postJson } from '../api/http';

/** `GET /api/minutes/:id/versions/:versionId`: a past text, as it was then. */
export interface VersionContent {
  meta: MinutesMeta;
  participants: Participant[];
  content: ProseMirrorJSON;
  version: Omit<VersionSummary, 'createdByName'>;
}

/** `from`/`to` of a comparison: a version id, or the text as it is now. */
export type DiffSide = string | 'current';

const minutesPath = (documentId: string) => `/api/minutes/${encodeURIComponent(documentId)}`;

export const getMe = (signal?: AbortSignal) => getJson<MeResponse>('/api/me', signal);

export const setStatus = (documentId: string, status: 'draft' | 'review') =>
  postJson<{ status: string }>(`${minutesPath(documentId)}/status`, { status });

export async function listVersions(documentId: string, signal?: AbortSignal): Promise<VersionSummary[]> {
  return (await getJson<{ versions: VersionSummary[] }>(`${minutesPath(documentId)}/versions`, signal)).versions;
}

/** The header that makes a repeated submission (double click, retry) create nothing more (A17). */
const submission = (idempotencyKey: string) => ({ headers: { 'Idempotency-Key': idempotencyKey } });

/** Records the text as it is now under `label`; the same `idempotencyKey` again gives the same version (A17). */
export const createVersion = (documentId: string, label: string, idempotencyKey: string) =>
  postJson<Omit<VersionSummary, 'createdByName'>>(`${minutesPath(documentId)}/versions`, { label }, submission(idempotencyKey));

export const readVersion = (documentId: string, versionId: string, signal?: AbortSignal) =>
  getJson<VersionContent>(`${minutesPath(documentId)}/versions/${encodeURIComponent(versionId)}`, signal);

/** Makes `versionId`'s text the current one; the same `idempotencyKey` again restores once (A17). */
export const restoreVersion = (documentId: string, versionId: string, idempotencyKey: string) =>
  postJson<Omit<VersionSummary, 'createdByName'>>(
    `${minutesPath(documentId)}/versions/${encodeURIComponent(versionId)}/restore`,
    {},
    submission(idempotencyKey),
  );

export function getDiff(documentId: string, from: DiffSide, to: DiffSide, signal?: AbortSignal): Promise<DiffResponse> {
  const query = new URLSearchParams({ from, to });
  return getJson<DiffResponse>(`${minutesPath(documentId)}/diff?${query}`, signal);
}

export const listApprovals = (documentId: string, signal?: AbortSignal) =>
  getJson<ApprovalsResponse>(`${minutesPath(documentId)}/approvals`, signal);

/**
 * Approves the text as it is now on behalf of the caller's association. An approval names
 * a version, so the server records the current text as one together with the approval; the
 * same `idempotencyKey` again records neither a second time (A17).
 */
export async function approveCurrentText(documentId: string, idempotencyKey: string): Promise<void> {
  await postJson(`${minutesPath(documentId)}/approvals`, { versionId: 'current' }, submission(idempotencyKey));
}

/** `confirmWithoutUnanimity` is needed when not every association approved this exact text (W11). */
export interface ValidationRequest {
  meetingDate: string;
  note?: string;
  confirmWithoutUnanimity?: boolean;
}

export const validateMinutes = (documentId: string, request: ValidationRequest) =>
  postJson(`${minutesPath(documentId)}/validate`, request);

export const reopenMinutes = (documentId: string, reason: string) =>
  postJson(`${minutesPath(documentId)}/reopen`, { reason });

export const getPlan = (planId: string, signal?: AbortSignal) =>
  getJson<Plan>(`/api/plans/${encodeURIComponent(planId)}`, signal);
