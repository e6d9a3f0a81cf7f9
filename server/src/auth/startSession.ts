import type { Context } from 'hono';
import type { User } from '../storage/accountStore';
import type { AuthDeps } from './authDeps';
import { SESSION_TTL_MS, setSessionCookie } from './sessionCookie';

/** Opens a session for `user` and sets its cookie (sign-in, invitation, first start). */
export async function startSession(c: Context, deps: Pick<AuthDeps, 'credentials'>, user: User): Promise<void> {
  const { secret } = await deps.credentials.createSession(user.id, SESSION_TTL_MS);
  setSessionCookie(c, secret);
}
