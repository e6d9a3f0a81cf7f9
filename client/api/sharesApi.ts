import type { ShareAccess, ShareEntry, ShareListResponse } from '../../shared/api/shares';
import { deleteJson, getJson, putJson } from './http';

/** The addresses a compte-rendu is shared with, beyond its collective. */

const sharesPath = (documentId: string) => `/api/minutes/${encodeURIComponent(documentId)}/shares`;

export async function listShares(documentId: string, signal?: AbortSignal): Promise<ShareEntry[]> {
  return (await getJson<ShareListResponse>(sharesPath(documentId), signal)).shares;
}

/**
 * Shares with `email` (or changes its access). The server answers the same whether the
 * address has an account or not: it never says who has one.
 */
export async function putShare(documentId: string, email: string, access: ShareAccess): Promise<void> {
  await putJson(sharesPath(documentId), { email, access });
}

export async function deleteShare(documentId: string, email: string): Promise<void> {
  await deleteJson(`${sharesPath(documentId)}/${encodeURIComponent(email)}`);
}
