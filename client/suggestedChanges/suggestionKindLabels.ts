/** Every kind of suggestion: text marks, and the block kinds of `shared/schema/blockSuggestion.ts`. */
export type SuggestionKind = 'insertion' | 'deletion' | 'split' | 'join' | 'insert' | 'attrs';

/** How the panel and the tooltips name each kind. */
export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  insertion: 'Ajout',
  deletion: 'Suppression',
  split: 'Nouveau paragraphe',
  join: 'Fusion de paragraphes',
  insert: 'Bloc ajouté',
  attrs: 'Modification',
};
