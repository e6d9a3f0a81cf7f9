import { type DocumentAccess, type Role, atLeast } from '../../../shared/api/roles';
import type { User } from '../storage/accountStore';
import type { DocumentRecord } from '../storage/documentStore';
import type { LetterRecord, LetterStore } from '../storage/letterStore';
import type { AuthDeps } from './authDeps';
import { documentRights } from './documentAccess';

export interface LetterRights {
  letter: LetterRecord;
  /** The compte-rendu it sends. */
  minutes: DocumentRecord;
  /** The caller's role in the letter's collective. */
  role: Role;
  /** Secretariat and coordination write letters; every other role of the collective reads them (L2). */
  canEdit: boolean;
}

/** Who writes letters: the roles that may create, edit and delete them (L2). */
export const LETTER_WRITER: Role = 'secretariat';

export type RoomRightsDeps = Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings'> & { letters: LetterStore };

/**
 * A user's rights on one letter: only through their role in the letter's collective, never
 * through a share of the compte-rendu (L2). Undefined for anyone else, who is answered
 * exactly as for a missing letter.
 */
export async function letterRights(deps: Pick<RoomRightsDeps, 'documents' | 'letters'>, user: User, letterId: string): Promise<LetterRights | undefined> {
  const letter = await deps.letters.get(letterId);
  if (!letter || letter.collectiveId !== user.collectiveId) return undefined;
  const minutes = await deps.documents.get(letter.minutesId);
  if (!minutes) return undefined;
  return { letter, minutes, role: user.role, canEdit: atLeast(user.role, LETTER_WRITER) };
}

/**
 * The access a user's socket gets on a relay room (`/collab/:id`): a compte-rendu by its
 * document rights, a letter's body by the letter rights (write for its writers, read for
 * the others of its collective, none for anyone else).
 */
export async function roomRights(deps: RoomRightsDeps, user: User, documentId: string): Promise<DocumentAccess> {
  const record = await deps.documents.get(documentId);
  if (record?.kind !== 'letter') return (await documentRights(deps, user, documentId)).access;
  const rights = await letterRights(deps, user, documentId);
  if (!rights) return 'none';
  return rights.canEdit ? 'write' : 'read';
}
