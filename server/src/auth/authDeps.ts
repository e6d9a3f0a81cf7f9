import type { AccountStore } from '../storage/accountStore';
import type { AuditLog } from '../storage/auditLog';
import type { CredentialStore } from '../storage/credentialStore';
import type { DocumentStore } from '../storage/documentStore';
import type { ReviewSettingsStore } from '../storage/reviewSettingsStore';

/** The stores access control reads; passed to every route that checks rights. */
export interface AuthDeps {
  accounts: AccountStore;
  credentials: CredentialStore;
  audit: AuditLog;
  documents: DocumentStore;
  /** Whether members may only suggest during the review (their access becomes `suggest`). */
  reviewSettings: ReviewSettingsStore;
}
