import type { PasswordChange, PasswordChangeResponse } from '../../shared/api/passwordChange';
import { postJson } from './http';

/**
 * Changes the signed-in account's password (SPEC A15). The session stays open with its CSRF
 * token; the account's other sessions end. A wrong current password rejects with the
 * server's French message (403), too many of them with 429.
 */
export function changePassword(change: PasswordChange): Promise<PasswordChangeResponse> {
  return postJson<PasswordChangeResponse>('/api/me/password', change, { redirectOnUnauthenticated: false });
}
