import type { Context } from 'hono';
import type { Logger } from '../log';
import { apiError } from './apiError';

/** What a full disk looks like from SQLite and from Node's file system calls. */
const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);

/** True when the error, or one it was caused by, says the disk (or the quota) is full. */
export function isDiskFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && DISK_FULL_CODES.has(code)) return true;
    current = cause;
  }
  return false;
}

/**
 * The answer to an error no route handled (SPEC A13). A full disk is said as such, in
 * French, so that whoever sees it knows what to do, whichever route hit it (sign-in
 * writes a session, creating a compte-rendu writes the document); anything else stays
 * a generic 500.
 */
export function unhandledError(c: Context, error: Error, logger: Logger): Response {
  if (isDiskFull(error)) {
    logger.error('http.disk_full', { path: c.req.path, reason: error.message });
    return apiError(
      c,
      507,
      'disk_full',
      'Le serveur n’a plus d’espace disque : cette action n’a pas pu être enregistrée. Prévenez l’administrateur du serveur.',
    );
  }
  logger.error('http.unhandled', { path: c.req.path, reason: error.message });
  return apiError(c, 500, 'internal', 'Erreur interne du serveur.');
}
