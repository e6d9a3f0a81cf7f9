import type { Role } from '../../shared/api/roles';
import type { DocumentShare } from './accountTypes';
import { deleteJson, getJson, putJson } from './http';

/** The people a compte-rendu is shared with, beyond its collective. */

const sharesPath = (documentId: string) => `/api/minutes/${encodeURIComponent(documentId)}/shares`;

export async function listShares(documentId: string, signal?: AbortSignal): Promise<DocumentShare[]> {
  return (await getJson<{ shares: DocumentShare[] }>(sharesPath(documentId), signal)).shares;
}

/** Shares with the account of `email` (or changes its role); 404 `unknown_user` without one. */
export async function putShare(documentId: string, email: string, role: Role): Promise<void> {
  await putJson(sharesPath(documentId), { email, role });
}

export async function deleteShare(documentId: string, userId: string): Promise<void> {
  await deleteJson(`${sharesPath(documentId)}/${encodeURIComponent(userId)}`);
}
