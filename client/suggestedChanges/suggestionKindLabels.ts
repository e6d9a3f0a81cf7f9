import type { SuggestionKind } from '../../shared/suggestions/suggestion';

/** How the panel and the tooltips name each kind. */
export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  insertion: 'Ajout',
  deletion: 'Suppression',
  split: 'Nouveau paragraphe',
  join: 'Fusion de paragraphes',
  insert: 'Bloc ajouté',
  attrs: 'Modification',
  format: 'Mise en forme',
};
