import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret (session, API token, one-time link): 256 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/**
 * What the database keeps of a secret: its SHA-256. A stolen database copy cannot be
 * replayed as sessions or tokens. (Secrets are random, so no salt or slow hash is needed.)
 */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

/** A short random id for rows (users, associations, tokens). */
export const newId = (): string => randomBytes(12).toString('base64url');
