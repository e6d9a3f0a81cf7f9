import type { Role } from '../../../shared/api/roles';

export interface Collective {
  id: string;
  name: string;
}

export interface Association {
  id: string;
  collectiveId: string;
  name: string;
}

export interface User {
  id: string;
  collectiveId: string;
  associationId: string | null;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface DocumentShare {
  documentId: string;
  userId: string;
  role: Role;
}

/**
 * Collectives, their member associations, users and per-document shares. Lives in
 * the server database, never in a CRDT (M1).
 */
export interface AccountStore {
  createCollective(collective: Collective): Promise<void>;
  getCollective(id: string): Promise<Collective | undefined>;
  renameCollective(id: string, name: string): Promise<void>;
  listCollectives(): Promise<Collective[]>;

  createAssociation(association: Association): Promise<void>;
  listAssociations(collectiveId: string): Promise<Association[]>;
  getAssociation(id: string): Promise<Association | undefined>;

  /** Throws `DuplicateEmailError` when the email is taken. */
  createUser(user: User, passwordHash: string): Promise<void>;
  getUser(id: string): Promise<User | undefined>;
  findUserByEmail(email: string): Promise<{ user: User; passwordHash: string } | undefined>;
  listUsers(collectiveId: string): Promise<User[]>;
  updateUser(id: string, patch: Partial<Pick<User, 'role' | 'associationId' | 'name' | 'disabled'>>): Promise<void>;
  setPassword(id: string, passwordHash: string): Promise<void>;
  countUsers(): Promise<number>;

  /** Gives one user a role on one document (replaces an earlier share). */
  putShare(share: DocumentShare): Promise<void>;
  deleteShare(documentId: string, userId: string): Promise<void>;
  listShares(documentId: string): Promise<DocumentShare[]>;
  getShare(documentId: string, userId: string): Promise<DocumentShare | undefined>;
  /** Ids of the documents shared with a user. */
  sharedWith(userId: string): Promise<string[]>;

  close(): Promise<void>;
}

export class DuplicateEmailError extends Error {}
