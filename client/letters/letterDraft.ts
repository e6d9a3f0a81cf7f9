import type { LetterFields } from '../../shared/api/letters';
import { ApiRequestError } from '../api/http';

const filledLines = (lines: readonly string[]) => lines.map((line) => line.trim()).filter((line) => line !== '');

/**
 * The fields as saved: the lines and copies left blank by « Ajouter » are dropped, so that
 * the letter never prints an empty address line or a lone « - , » in its copies.
 */
export function letterFieldsToSave(draft: LetterFields): LetterFields {
  return {
    ...draft,
    letterhead: filledLines(draft.letterhead),
    addressee: { ...draft.addressee, address: filledLines(draft.addressee.address) },
    attachments: filledLines(draft.attachments),
    copies: draft.copies.filter((copy) => copy.name.trim() !== '' || copy.title.trim() !== ''),
  };
}

export const STALE_LETTER_MESSAGE = 'La lettre a été modifiée par quelqu’un d’autre : rechargée';

/** Someone saved the letter since this page read it (409 `stale`): the page reloads it. */
export const isStaleLetter = (error: unknown): boolean => error instanceof ApiRequestError && error.status === 409;

/** What a failed save says: the server's French message (it names the field), or a generic one. */
export function letterSaveError(error: unknown): string {
  if (isStaleLetter(error)) return STALE_LETTER_MESSAGE;
  return error instanceof Error ? error.message : 'L’enregistrement de la lettre a échoué.';
}
