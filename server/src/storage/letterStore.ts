import type { LetterFields } from '../../../shared/api/letters';

/**
 * Everything of a cover letter but its body (SPEC L1): the body is a document of the
 * DocumentStore (`kind: 'letter'`) with the same id.
 */
export interface LetterRecord {
  /** The id of its body document. */
  id: string;
  /** The compte-rendu it sends. */
  minutesId: string;
  collectiveId: string;
  fields: LetterFields;
  /** Bumped by every save of the fields: a save from an older revision is refused (L3). */
  revision: number;
  createdAt: string;
  /** Account id of its author. */
  createdBy: string;
  updatedAt: string;
}

/** The letters' fields, server-owned; every change of a letter's fields goes through `update`. */
export interface LetterStore {
  add(letter: LetterRecord): Promise<void>;
  get(id: string): Promise<LetterRecord | undefined>;
  /** The letters of one compte-rendu, newest first. */
  listOfMinutes(minutesId: string): Promise<LetterRecord[]>;
  /**
   * Replaces the fields if the stored revision is still `revision`, bumping it; answers the
   * stored letter after the write, or `stale` (with the stored one) when someone saved meanwhile,
   * or undefined for an unknown letter.
   */
  update(
    id: string,
    revision: number,
    fields: LetterFields,
    updatedAt: string,
  ): Promise<{ ok: true; letter: LetterRecord } | { ok: false; stale: LetterRecord } | undefined>;
  delete(id: string): Promise<void>;
  close(): Promise<void>;
}
