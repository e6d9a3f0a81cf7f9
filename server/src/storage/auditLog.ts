/** Who did what, when: sign-ins, role changes, invitations, tokens, documents. */
export interface AuditEntry {
  id: number;
  at: string;
  collectiveId: string | null;
  /** The acting user, or null for an anonymous attempt (a failed sign-in). */
  actorId: string | null;
  action: string;
  /** What the action was about: a user id, a document id, an email… */
  target: string | null;
  details: Record<string, string | number | boolean | null>;
  ip: string | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

export interface AuditLog {
  record(entry: NewAuditEntry): Promise<void>;
  /** Newest first. */
  list(collectiveId: string, limit: number, beforeId?: number): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
