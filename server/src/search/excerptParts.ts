import type { ExcerptPart } from '../../../shared/api/search';

/** Private-use characters: never in indexed text (they are stripped), so never forged by a document. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export const withoutMatchMarkers = (text: string): string => text.replace(/[\uE000\uE001]/g, '');

/** Cuts a marked excerpt into plain-text pieces, the matched ones flagged. */
export function excerptParts(marked: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [index, piece] of marked.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? [undefined, piece] : splitOnce(piece, MATCH_END);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

const splitOnce = (text: string, separator: string): [string, string] => {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
};
