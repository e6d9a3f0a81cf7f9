import { foldForSearch } from '../editor/suggestions/searchText';

/**
 * The collective's associations that are not already among `listed` organisations (compared
 * without case or accents), in French alphabetical order: what the speaker-turn and
 * participant forms offer beyond the participants, so a new compte-rendu starts with more
 * than « — à préciser — ».
 */
export function associationsNotListed(associations: readonly string[], listed: readonly string[]): string[] {
  const taken = new Set(listed.map(foldForSearch));
  const offered = new Map<string, string>();
  for (const name of associations) {
    const key = foldForSearch(name.trim());
    if (key !== '' && !taken.has(key) && !offered.has(key)) offered.set(key, name.trim());
  }
  return [...offered.values()].sort((a, b) => a.localeCompare(b, 'fr'));
}
