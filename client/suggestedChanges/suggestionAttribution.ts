import type { SuggestionAuthor } from '../../shared/schema/suggestionAuthor';

/** « Hélène De Rugy (Amicale du Nid) », or the name alone without an association. */
export function authorLabel({ author, association }: Pick<SuggestionAuthor, 'author' | 'association'>): string {
  const name = author.trim() === '' ? 'Anonyme' : author.trim();
  return association.trim() === '' ? name : `${name} (${association.trim()})`;
}

/** The tooltip of suggested text: « Suggestion de Hélène De Rugy (Amicale du Nid) ». */
export function attributionLabel(author: Pick<SuggestionAuthor, 'author' | 'association'>): string {
  return `Suggestion de ${authorLabel(author)}`;
}
