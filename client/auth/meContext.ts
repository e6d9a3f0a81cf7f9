import { createContext, useContext } from 'react';
import type { MeResponse } from '../../shared/api/auth';

export interface SignedIn {
  me: MeResponse;
  /** Reads `/api/me` again, after a change to one's own account. */
  refresh(): void;
}

/** Filled by `SignedInGate`: every page behind it has a signed-in user. */
export const MeContext = createContext<SignedIn | null>(null);

/** The signed-in user; only for components rendered behind `SignedInGate`. */
export function useMe(): MeResponse {
  const signedIn = useContext(MeContext);
  if (!signedIn) throw new Error('useMe needs a SignedInGate above it');
  return signedIn.me;
}

/** The signed-in user, or null on pages open to everyone (sign-in, invitation links). */
export function useOptionalMe(): MeResponse | null {
  return useContext(MeContext)?.me ?? null;
}

export function useRefreshMe(): () => void {
  return useContext(MeContext)?.refresh ?? (() => {});
}
