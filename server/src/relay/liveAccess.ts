/**
 * What the API tells the relay when rights change, so that open connections follow:
 * a revoked credential or a lowered role closes the connections it opened.
 */
export interface LiveAccess {
  /** A session ended (logout, password reset) or a token was revoked. */
  closeCredential(kind: 'session' | 'token', id: string): void;
  /** A user's role, association, shares or account state changed. */
  recheckUser(userId: string): Promise<void>;
  /** A document was deleted. */
  closeDocument(documentId: string): void;
}
