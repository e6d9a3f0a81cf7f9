import { type DocumentAccess, type Role, accessOfRole, higherRole } from '../../../shared/api/roles';
import type { DocumentRecord } from '../storage/documentStore';
import { isDocumentId } from '../storage/documentId';
import type { AuthDeps } from './authDeps';
import type { User } from '../storage/accountStore';

export interface DocumentRights {
  access: DocumentAccess;
  role: Role | undefined;
  record: DocumentRecord | undefined;
}

const NONE: DocumentRights = { access: 'none', role: undefined, record: undefined };

/**
 * A user's rights on one compte-rendu: their role in the document's collective,
 * raised by a share of that document if they have one. Someone of another collective
 * without a share gets `none` and is answered exactly as for a missing document.
 */
export async function documentRights(
  { accounts, documents }: Pick<AuthDeps, 'accounts' | 'documents'>,
  user: User,
  documentId: string,
): Promise<DocumentRights> {
  if (!isDocumentId(documentId)) return NONE;
  const record = await documents.get(documentId);
  if (!record) return NONE;
  const share = await accounts.getShare(documentId, user.id);
  let role: Role | undefined = record.collectiveId === user.collectiveId ? user.role : undefined;
  if (share) role = role ? higherRole(role, share.role) : share.role;
  const access = accessOfRole(role);
  if (access === 'none') return NONE;
  // A validated compte-rendu is frozen for everyone until it is reopened (W4).
  return { access: record.status === 'validated' ? 'read' : access, role, record };
}
