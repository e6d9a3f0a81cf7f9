import type { SetupStatus } from '../../shared/api/setupStatus';
import { getJson } from './http';

/** Whether no account exists yet on this server (SPEC A16): the sign-in page then says where the first link is. */
export function getSetupStatus(signal?: AbortSignal): Promise<SetupStatus> {
  return getJson<SetupStatus>('/api/setup', { signal, redirectOnUnauthenticated: false });
}
