import type { Role } from '../../shared/api/roles';

/*
 * The JSON the account routes answer (`server/src/api/*Routes.ts`). The server builds
 * these from its store types, which the client cannot import; kept here, field for field.
 */

export interface Collective {
  id: string;
  name: string;
}

export interface Association {
  id: string;
  collectiveId: string;
  name: string;
}

/** A row of `GET /api/users` (coordination only). */
export interface Account {
  id: string;
  collectiveId: string;
  associationId: string | null;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

/** `GET /api/tokens`: never the secret, which is shown once at creation. */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedApiToken extends ApiToken {
  /** The bearer secret: shown once, never stored by the server in clear. */
  token: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  collectiveId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  target: string | null;
  details: Record<string, string | number | boolean | null>;
  ip: string | null;
}

/** What an invitation link grants, read before accepting it. */
export interface InvitationPreview {
  collective: Collective;
  association: Association | null;
  role: Role;
}

/** Whose password a reset link changes. */
export interface PasswordResetPreview {
  email: string;
  name: string;
}
