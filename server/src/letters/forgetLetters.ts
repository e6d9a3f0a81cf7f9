import type { LiveAccess } from '../relay/liveAccess';
import type { DocumentStore } from '../storage/documentStore';
import type { LetterStore } from '../storage/letterStore';

type ForgetDeps = { documents: DocumentStore; letters: LetterStore };

/** Deletes one letter: its open editors are closed, then its body document and its fields go (L5). */
export async function forgetLetter(deps: ForgetDeps, live: Pick<LiveAccess, 'closeDocument'>, letterId: string): Promise<void> {
  live.closeDocument(letterId);
  await deps.documents.delete(letterId);
  await deps.letters.delete(letterId);
}

/** Deletes every letter of a deleted compte-rendu (L5). */
export async function forgetLetters(deps: ForgetDeps, live: Pick<LiveAccess, 'closeDocument'>, minutesId: string): Promise<void> {
  for (const letter of await deps.letters.listOfMinutes(minutesId)) await forgetLetter(deps, live, letter.id);
}
