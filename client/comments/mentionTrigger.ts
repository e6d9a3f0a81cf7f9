import type { CommentMention } from '../../shared/api/comments';
import { matchesQuery } from '../editor/suggestions/searchText';

/** An « @… » being typed in a comment: what it asks for and where it starts. */
export interface MentionTrigger {
  /** What was typed after « @ », to filter the associations. */
  query: string;
  /** Index of the « @ » in the text: picking replaces from here to the caret. */
  start: number;
}

// « @ » starts a word (an e-mail address opens nothing); association names have spaces
// (« Amicale du Nid »), so the query may hold a few words separated by single spaces.
const TRIGGER = /(?:^|\s)(@((?:[\p{L}\p{N}'’().&-]+ ?){0,6}))$/u;

export function mentionTrigger(textBeforeCaret: string): MentionTrigger | null {
  const match = TRIGGER.exec(textBeforeCaret);
  if (!match) return null;
  const whole = match[1] ?? '';
  return { query: match[2] ?? '', start: textBeforeCaret.length - whole.length };
}

/** The associations an « @ » query offers, at most `limit`, in the given order. */
export function mentionChoices<T extends CommentMention>(associations: readonly T[], query: string, limit = 8): T[] {
  return associations.filter((association) => matchesQuery(query, [association.name])).slice(0, limit);
}

/** The text once a choice replaced the « @query » before the caret, and where the caret goes. */
export function insertMention(
  text: string,
  trigger: MentionTrigger,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, trigger.start) + inserted + after, caret: trigger.start + inserted.length };
}

/** Adds a mention once; the order is the order in which they were picked. */
export function addMention(mentions: readonly CommentMention[], added: CommentMention): CommentMention[] {
  return mentions.some((mention) => mention.id === added.id) ? [...mentions] : [...mentions, added];
}
