import { type DocumentAccess, type Role, accessOfRole, higherAccess, higherRole } from '../../../shared/api/roles';
import type { ShareAccess } from '../../../shared/api/shares';
import type { DocumentRecord } from '../storage/documentStore';
import { isDocumentId } from '../storage/documentId';
import type { AuthDeps } from './authDeps';
import type { User } from '../storage/accountStore';

export interface DocumentRights {
  access: DocumentAccess;
  /**
   * The role the user acts with on this document: their role in its collective, raised by a
   * share to at most `member`, so that every check of `secretariat` or `coordination`
   * (status, restoring, deciding suggestions, validating, reopening) needs the collective role.
   */
  role: Role | undefined;
  record: DocumentRecord | undefined;
}

const NONE: DocumentRights = { access: 'none', role: undefined, record: undefined };

/** A share grants reading, suggesting or editing, never a role of the collective (SPEC A12). */
const roleOfShare = (access: ShareAccess): Role => (access === 'read' ? 'reader' : 'member');

/**
 * A user's rights on one compte-rendu: their role in the document's collective, raised
 * by a share of that document if they have one. Someone of another collective
 * without a share gets `none` and is answered exactly as for a missing document.
 * A member of a document in review gets `suggest` when the collective's review settings
 * say members only suggest then.
 */
export async function documentRights(
  { accounts, documents, reviewSettings }: Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings'>,
  user: User,
  documentId: string,
): Promise<DocumentRights> {
  if (!isDocumentId(documentId)) return NONE;
  const record = await documents.get(documentId);
  // A letter's body is no compte-rendu: no `/api/minutes/:id` route acts on it (L2).
  if (!record || record.kind === 'letter') return NONE;
  const collectiveRole = record.collectiveId === user.collectiveId ? user.role : undefined;
  const share = await accounts.getShare(documentId, user.id);
  const shareRole = share && roleOfShare(share.access);
  const role = collectiveRole && shareRole ? higherRole(collectiveRole, shareRole) : (collectiveRole ?? shareRole);
  const access = higherAccess(accessOfRole(collectiveRole), share?.access ?? 'none');
  if (access === 'none') return NONE;
  // A validated compte-rendu is frozen for everyone until it is reopened (W4).
  if (record.status === 'validated') return { access: 'read', role, record };
  // The document's collective decides whether its members, and those a share lets edit,
  // only suggest during the review (R20).
  if (record.status === 'review' && role === 'member' && access === 'write') {
    const settings = await reviewSettings.get(record.collectiveId);
    if (settings.membersSuggestOnlyInReview) return { access: 'suggest', role, record };
  }
  return { access, role, record };
}
