import type { User } from '../storage/accountStore';

/** Who is making a request, and through which credential (so it can be revoked live). */
export interface Principal {
  user: User;
  via: { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'token'; tokenId: string };
}
