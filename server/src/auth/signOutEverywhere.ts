import type { LiveAccess } from '../relay/liveAccess';
import type { CredentialStore } from '../storage/credentialStore';

/**
 * Ends every session and revokes every API token of an account, and closes the relay
 * connections they opened (4401): what a password reset and a disabled account need
 * (SPEC A10), since a token that survived would keep the old access alive.
 */
export async function signOutEverywhere(
  credentials: CredentialStore,
  live: Pick<LiveAccess, 'closeCredential'>,
  userId: string,
): Promise<{ sessions: number; tokens: number }> {
  const sessions = await credentials.deleteSessionsOf(userId);
  const tokens = await credentials.revokeTokensOf(userId);
  for (const id of sessions) live.closeCredential('session', id);
  for (const id of tokens) live.closeCredential('token', id);
  return { sessions: sessions.length, tokens: tokens.length };
}
