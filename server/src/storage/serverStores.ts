import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import type { AnnexLinkIndex } from '../annexes/annexLinkIndex';
import type { MeasureIndex } from '../measures/measureIndex';
import type { SearchIndex } from '../search/searchIndex';
import type { AccountStore } from './accountStore';
import type { AnnexStore } from './annexStore';
import type { AuditLog } from './auditLog';
import type { BlobStore } from './blobStore';
import type { CommentStore } from './commentStore';
import type { CredentialStore } from './credentialStore';
import type { DocumentStore } from './documentStore';
import type { ExportSettingsStore } from './exportSettingsStore';
import type { IdempotencyStore } from './idempotencyStore';
import type { LetterStore } from './letterStore';
import type { LetterTemplateStore } from './letterTemplateStore';
import type { PlanStore } from './planStore';
import type { ReviewSettingsStore } from './reviewSettingsStore';
import type { ReviewStore } from './reviewStore';
import type { SendingStore } from './sendingStore';

/**
 * Everything a server keeps, behind its seams: the embedded SQLite file by default, or
 * PostgreSQL shared by several instances (issue 18). Annex files stay in a blob store.
 */
export interface ServerStores {
  /** The documents, with the derived indexes kept in step as they are created, changed and deleted. */
  documents: DocumentStore;
  accounts: AccountStore;
  credentials: CredentialStore;
  audit: AuditLog;
  plans: PlanStore;
  review: ReviewStore;
  exportSettings: ExportSettingsStore;
  reviewSettings: ReviewSettingsStore;
  comments: CommentStore;
  idempotency: IdempotencyStore;
  annexes: AnnexStore;
  sendings: SendingStore;
  letters: LetterStore;
  letterTemplates: LetterTemplateStore;
  blobs: BlobStore;
  search: SearchIndex;
  measures: MeasureIndex;
  actionItems: ActionItemIndex;
  annexLinks: AnnexLinkIndex;
  /**
   * Runs start-up work (first collective, demo content, index rebuilds) on one instance at a
   * time when several share the stores (S5); the next one then finds it done.
   */
  oneAtATime<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Closes every store, then what they share (a pool). */
  close(): Promise<void>;
}
