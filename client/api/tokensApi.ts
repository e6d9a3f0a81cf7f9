import type { ApiToken, CreatedApiToken } from './accountTypes';
import { deleteJson, getJson, postJson } from './http';

/** The signed-in user's API tokens, for scripts (`Authorization: Bearer …`). */

export async function listTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  return (await getJson<{ tokens: ApiToken[] }>('/api/tokens', signal)).tokens;
}

export function createToken(name: string): Promise<CreatedApiToken> {
  return postJson<CreatedApiToken>('/api/tokens', { name });
}

export async function revokeToken(id: string): Promise<void> {
  await deleteJson(`/api/tokens/${encodeURIComponent(id)}`);
}
