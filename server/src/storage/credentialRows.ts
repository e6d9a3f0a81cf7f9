import type { Role } from '../../../shared/api/roles';
import type { ApiTokenRecord, LinkGrant } from './credentialStore';

/** The columns of `api_tokens` a token is listed with. */
export interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

/** The columns of `one_time_links` that say what a link grants. */
export interface LinkRow {
  collective_id: string | null;
  association_id: string | null;
  role: Role | null;
  user_id: string | null;
  created_by: string | null;
}

export const tokenOf = (row: TokenRow): ApiTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

export const grantOf = (row: LinkRow): LinkGrant => ({
  collectiveId: row.collective_id,
  associationId: row.association_id,
  role: row.role,
  userId: row.user_id,
  createdBy: row.created_by,
});

/** Expiry is computed and compared on ISO strings from this process's clock, by both stores. */
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
export const now = () => new Date().toISOString();
