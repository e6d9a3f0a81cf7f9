import type { SuggestionAuthor } from '../../shared/schema/suggestionAuthor';

export interface AssociationGroup<T> {
  /** The association's name, '' for suggestions made outside any association. */
  association: string;
  suggestions: T[];
}

/**
 * Suggestions grouped by their author's association, for the panel: groups in the order
 * their first suggestion appears in the text, suggestions in text order within a group.
 */
export function groupByAssociation<T extends Pick<SuggestionAuthor, 'association'> & { from: number }>(
  suggestions: readonly T[],
): AssociationGroup<T>[] {
  const groups = new Map<string, AssociationGroup<T>>();
  for (const suggestion of [...suggestions].sort((a, b) => a.from - b.from)) {
    const association = suggestion.association.trim();
    let group = groups.get(association);
    if (!group) {
      group = { association, suggestions: [] };
      groups.set(association, group);
    }
    group.suggestions.push(suggestion);
  }
  return [...groups.values()];
}
