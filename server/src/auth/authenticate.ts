import type { Context } from 'hono';
import type { AuthDeps } from './authDeps';
import type { Principal } from './principal';
import { readSessionCookie } from './sessionCookie';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Resolves who is calling: an API token (`Authorization: Bearer`, or `?token=` where
 * headers cannot be set, i.e. WebSocket upgrades) or the session cookie. Disabled
 * accounts and expired or revoked credentials resolve to nobody.
 */
export async function authenticate(
  c: Context,
  { accounts, credentials }: Pick<AuthDeps, 'accounts' | 'credentials'>,
  options: { allowQueryToken: boolean },
): Promise<Principal | undefined> {
  const bearer =
    BEARER.exec(c.req.header('authorization') ?? '')?.[1] ??
    (options.allowQueryToken ? c.req.query('token') : undefined);
  if (bearer) {
    const token = await credentials.findToken(bearer);
    const user = token && (await accounts.getUser(token.userId));
    if (!token || !user || user.disabled) return undefined;
    return { user, via: { kind: 'token', tokenId: token.id } };
  }
  const secret = readSessionCookie(c);
  if (!secret) return undefined;
  const session = await credentials.findSession(secret);
  const user = session && (await accounts.getUser(session.userId));
  if (!session || !user || user.disabled) return undefined;
  return { user, via: { kind: 'session', sessionId: session.id, csrfToken: session.csrfToken } };
}
