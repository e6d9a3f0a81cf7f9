import type { Role } from '../../../shared/api/roles';
import type { ShareAccess } from '../../../shared/api/shares';
import type { Association, DocumentShare, User } from './accountStore';

/** A row of `users`, `disabled` as a boolean (SQLite's 0/1 is converted before). */
export interface UserRow {
  id: string;
  collective_id: string;
  association_id: string | null;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  password_hash: string;
  created_at: string;
}

export const userOf = (row: UserRow): User => ({
  id: row.id,
  collectiveId: row.collective_id,
  associationId: row.association_id,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled,
  createdAt: row.created_at,
});

export interface AssociationRow {
  id: string;
  collective_id: string;
  name: string;
}

export const associationOf = (row: AssociationRow): Association => ({ id: row.id, collectiveId: row.collective_id, name: row.name });

export interface ShareRow {
  document_id: string;
  email: string;
  user_id: string | null;
  access: ShareAccess;
}

export const shareOf = (row: ShareRow): DocumentShare => ({
  documentId: row.document_id,
  email: row.email,
  userId: row.user_id,
  access: row.access,
});
