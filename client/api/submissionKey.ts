/**
 * The `Idempotency-Key` of a form's submission: one per content submitted, so that a double
 * click or a retry after a failure sends the same key (the server creates one document),
 * while changing the form (another file, another title) makes a new submission.
 */
export class SubmissionKey {
  private content: string | undefined;
  private key = '';

  /** The key for submitting `content` (a fingerprint of what the form sends). */
  for(content: string): string {
    if (content !== this.content) {
      this.content = content;
      this.key = randomToken();
    }
    return this.key;
  }

  /** After a success: submitting the same content again is meant as a new document. */
  reset(): void {
    this.content = undefined;
  }
}

/** 16 random bytes in base64url (22 characters): `crypto.getRandomValues` works on plain http too, unlike `randomUUID`. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
