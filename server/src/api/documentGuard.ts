import type { Context } from 'hono';
import { type Role, atLeast } from '../../../shared/api/roles';
import type { AuthDeps } from '../auth/authDeps';
import { type DocumentRights, documentRights } from '../auth/documentAccess';
import { principalOf } from '../auth/guards';
import type { DocumentRecord } from '../storage/documentStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';

export type GuardedDocument = DocumentRights & { record: DocumentRecord };

/**
 * The `:id` document of a route if the caller may act on it with at least `role`:
 * otherwise the response to send (404 when they cannot see it at all, 403 when they
 * see it but their role is too low).
 */
export async function guardDocument(
  c: Context<AppEnv>,
  deps: Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings'>,
  role: Role,
  forbidden = 'Votre rôle ne permet pas cette action.',
): Promise<{ ok: true; doc: GuardedDocument } | { ok: false; response: Response }> {
  const rights = await documentRights(deps, principalOf(c).user, c.req.param('id') ?? '');
  if (!rights.record || !rights.role) {
    return { ok: false, response: apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.') };
  }
  if (!atLeast(rights.role, role)) return { ok: false, response: apiError(c, 403, 'forbidden', forbidden) };
  return { ok: true, doc: rights as GuardedDocument };
}
