import { URL_LINE } from '../recognise/patterns';
import { fold } from '../recognise/french';
import type { SourceLine } from './sourceLines';

/**
 * Lines that text extraction adds to minutes: page numbers, footers repeated on every
 * page, the collective's site printed at the foot of a page, stray punctuation.
 */
export interface NoiseCounts {
  pageNumbers: number;
  footerUrls: number;
  runningHeaders: number;
  strayMarks: number;
}

const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^page\s+\d{1,3}(?:\s*(?:\/|sur)\s*\d{1,3})?$|^\d{1,3}\s*\/\s*\d{1,3}$/i;
const STRAY_MARKS = /^[\p{P}\p{S}]+$/u;
export const BULLET_GLYPH = /^[-–—•●▪■◦○·*➢➤►✓]$/u;

const urlOf = (line: string) => line.replace(/^<|>$/g, '').replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
/** A site's home page (« http://www.contrelatraite.org/ »): a footer, never a reference. */
const isSiteRoot = (line: string) => !urlOf(line).includes('/');

/** Text of a line without its digits: a footer « Page 3 – CR du 22/11 » repeats under this key. */
const footerKey = (line: string) => fold(line).replace(/\d+/g, '#');

/** Lines at the top or bottom of a page (next to a form feed) that recur on several pages. */
function runningHeaderKeys(lines: SourceLine[]): Set<string> {
  const edges = new Map<string, number>();
  const count = (line: SourceLine | undefined) => {
    if (!line || line.text.length < 4) return;
    const key = footerKey(line.text);
    edges.set(key, (edges.get(key) ?? 0) + 1);
  };
  const nonBlank = lines.filter((line) => line.text);
  nonBlank.forEach((line, index) => {
    if (!line.startsPage) return;
    count(line);
    count(nonBlank[index - 1]);
  });
  return new Set([...edges].filter(([, times]) => times >= 2).map(([key]) => key));
}

/** The lines without the noise (the others keep their line numbers) and what was removed. */
export function removeNoise(lines: SourceLine[]): { lines: SourceLine[]; counts: NoiseCounts } {
  const counts: NoiseCounts = { pageNumbers: 0, footerUrls: 0, runningHeaders: 0, strayMarks: 0 };
  const headers = runningHeaderKeys(lines);
  const seenUrls = new Set<string>();
  let previous = '';
  const kept = lines.map((line) => {
    const text = line.text;
    if (!text) return true;
    const before = previous;
    previous = text;
    if (URL_LINE.test(text)) {
      const url = urlOf(text);
      const introduced = /:\s*$/.test(before);
      const repeated = seenUrls.has(url);
      seenUrls.add(url);
      if (repeated || (isSiteRoot(text) && !introduced)) {
        counts.footerUrls++;
        return false;
      }
      return true;
    }
    for (const match of text.matchAll(/https?:\/\/\S+/gi)) seenUrls.add(urlOf(match[0].replace(/[.,;)]+$/, '')));
    if (PAGE_NUMBER.test(text)) {
      counts.pageNumbers++;
      return false;
    }
    // A lone bullet glyph is kept: PDF extraction often puts the item on the next line.
    if (STRAY_MARKS.test(text) && !BULLET_GLYPH.test(text)) {
      counts.strayMarks++;
      return false;
    }
    if (headers.has(footerKey(text))) {
      counts.runningHeaders++;
      return false;
    }
    return true;
  });
  const cleaned: SourceLine[] = [];
  let removedBefore = false;
  lines.forEach((line, index) => {
    if (!kept[index]) removedBefore = true;
    else if (!line.text) cleaned.push(line);
    else {
      cleaned.push(removedBefore || line.startsPage ? { ...line, afterNoise: true } : line);
      removedBefore = false;
    }
  });
  return { lines: cleaned, counts };
}
