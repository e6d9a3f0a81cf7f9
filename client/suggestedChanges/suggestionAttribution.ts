import type { SuggestionAuthor } from '../../shared/schema/suggestionAuthor';
import { deName } from '../../shared/text/frenchElision';

/** « Hélène De Rugy (Amicale du Nid) », or the name alone without an association. */
export function authorLabel({ author, association }: Pick<SuggestionAuthor, 'author' | 'association'>): string {
  const name = author.trim() === '' ? 'Anonyme' : author.trim();
  return association.trim() === '' ? name : `${name} (${association.trim()})`;
}

/** The tooltip of suggested text: « Suggestion d’Hélène De Rugy (Amicale du Nid) », « Suggestion de Sarah Berthelot (CCEM) ». */
export function attributionLabel(author: Pick<SuggestionAuthor, 'author' | 'association'>): string {
  return `Suggestion ${deName(authorLabel(author))}`;
}
