import type { Role } from '../../../shared/api/roles';

export interface SessionRecord {
  /** Hash of the session secret; also the session's id in logs and revocation. */
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export type LinkKind = 'invitation' | 'reset' | 'setup';

/** What a one-time link grants when it is used. */
export interface LinkGrant {
  collectiveId: string | null;
  associationId: string | null;
  role: Role | null;
  /** The account a reset link is for. */
  userId: string | null;
  createdBy: string | null;
}

/**
 * Secrets that let someone in: sessions, API tokens and one-time links (invitations,
 * password resets, first-start setup). Only hashes of the secrets are stored.
 */
export interface CredentialStore {
  createSession(userId: string, ttlMs: number): Promise<{ secret: string; session: SessionRecord }>;
  /** The live session for a secret; undefined once expired or deleted. */
  findSession(secret: string): Promise<SessionRecord | undefined>;
  deleteSession(id: string): Promise<void>;
  /**
   * Signs a user out everywhere (password reset, account disabled), or everywhere but the
   * session `keep` (a password change); returns the ids of the sessions ended.
   */
  deleteSessionsOf(userId: string, keep?: string): Promise<string[]>;

  createToken(userId: string, name: string): Promise<{ secret: string; token: ApiTokenRecord }>;
  findToken(secret: string): Promise<ApiTokenRecord | undefined>;
  listTokens(userId: string): Promise<ApiTokenRecord[]>;
  /** False when the token does not exist or is not the user's. */
  revokeToken(userId: string, tokenId: string): Promise<boolean>;
  /** Revokes every live token of a user (password reset, account disabled); returns the ids. */
  revokeTokensOf(userId: string): Promise<string[]>;

  createLink(kind: LinkKind, grant: LinkGrant, ttlMs: number): Promise<string>;
  /** The grant of a live link, without using it up. */
  peekLink(kind: LinkKind, secret: string): Promise<LinkGrant | undefined>;
  /** Uses a link up, atomically: a second call with the same secret gets undefined. */
  consumeLink(kind: LinkKind, secret: string): Promise<LinkGrant | undefined>;

  close(): Promise<void>;
}
