import type { Role } from '../../../shared/api/roles';
import type { ShareAccess } from '../../../shared/api/shares';

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

/**
 * One e-mail address given access to one document (SPEC A12). `userId` is the account that
 * held the address when it was shared; null when none did, and then the share grants
 * nothing, even to an account created later with that address.
 */
export interface DocumentShare {
  documentId: string;
  email: string;
  userId: string | null;
  access: ShareAccess;
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

  /** Gives one address access to one document (replaces an earlier share of that address). */
  putShare(share: DocumentShare): Promise<void>;
  /** The share removed, if there was one. */
  deleteShare(documentId: string, email: string): Promise<DocumentShare | undefined>;
  listShares(documentId: string): Promise<DocumentShare[]>;
  /** The share that applies to this account, if any. */
  getShare(documentId: string, userId: string): Promise<DocumentShare | undefined>;
  /** Ids of the documents shared with a user. */
  sharedWith(userId: string): Promise<string[]>;

  close(): Promise<void>;
}

export class DuplicateEmailError extends Error {}
