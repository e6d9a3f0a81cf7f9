import type { MeResponse } from '../../shared/api/auth';
import type { Collective, InvitationPreview, PasswordResetPreview } from './accountTypes';
import { forgetSession, getJson, postJson } from './http';

/*
 * Signing in and out, and the one-time links. Every call that starts or ends a session
 * forgets the cached CSRF token: the new session has its own.
 */

const secretPath = (secret: string) => encodeURIComponent(secret);

export function getMe(signal?: AbortSignal): Promise<MeResponse> {
  return getJson<MeResponse>('/api/me', { signal, redirectOnUnauthenticated: false });
}

export async function signIn(email: string, password: string): Promise<void> {
  await postJson('/api/auth/login', { email, password }, { redirectOnUnauthenticated: false });
  forgetSession();
}

export async function signOut(): Promise<void> {
  try {
    await postJson('/api/auth/logout', {}, { redirectOnUnauthenticated: false });
  } finally {
    forgetSession();
  }
}

export async function getSetupLink(secret: string, signal?: AbortSignal): Promise<Collective> {
  return (await getJson<{ collective: Collective }>(`/api/setup/${secretPath(secret)}`, signal)).collective;
}

export async function completeSetup(secret: string, account: { name: string; email: string; password: string }): Promise<void> {
  await postJson(`/api/setup/${secretPath(secret)}`, account);
  forgetSession();
}

export function getInvitation(secret: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return getJson<InvitationPreview>(`/api/invitations/${secretPath(secret)}`, signal);
}

export async function acceptInvitation(secret: string, account: { name: string; email: string; password: string }): Promise<void> {
  await postJson(`/api/invitations/${secretPath(secret)}/accept`, account);
  forgetSession();
}

export function getPasswordReset(secret: string, signal?: AbortSignal): Promise<PasswordResetPreview> {
  return getJson<PasswordResetPreview>(`/api/password-resets/${secretPath(secret)}`, signal);
}

/** Sets the new password; the server signs the account out everywhere (A10). */
export async function resetPassword(secret: string, password: string): Promise<void> {
  await postJson(`/api/password-resets/${secretPath(secret)}`, { password });
  forgetSession();
}
