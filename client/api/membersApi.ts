import type { LinkResponse } from '../../shared/api/auth';
import type { Role } from '../../shared/api/roles';
import type { Account, Association } from './accountTypes';
import { getJson, patchJson, postJson } from './http';

/** The collective's associations and accounts, administered by the coordination. */

export async function listAssociations(signal?: AbortSignal): Promise<Association[]> {
  return (await getJson<{ associations: Association[] }>('/api/associations', signal)).associations;
}

/** The same `idempotencyKey` again (a double click, a retry) gives the same association (A17). */
export function createAssociation(name: string, idempotencyKey: string): Promise<Association> {
  return postJson<Association>('/api/associations', { name }, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export async function listAccounts(signal?: AbortSignal): Promise<Account[]> {
  return (await getJson<{ users: Account[] }>('/api/users', signal)).users;
}

export type AccountChange = Partial<Pick<Account, 'role' | 'associationId' | 'disabled'>>;

/** Answers the updated account; 409 `last_coordination` when it would leave no coordination. */
export function updateAccount(id: string, change: AccountChange): Promise<Account> {
  return patchJson<Account>(`/api/users/${encodeURIComponent(id)}`, change);
}

export function createInvitation(associationId: string | null, role: Role): Promise<LinkResponse> {
  return postJson<LinkResponse>('/api/invitations', { associationId, role });
}

export function createPasswordResetLink(userId: string): Promise<LinkResponse> {
  return postJson<LinkResponse>(`/api/users/${encodeURIComponent(userId)}/password-reset`, {});
}
