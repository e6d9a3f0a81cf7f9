import type { SourceBlock } from '../sourceBlock';
import { isHeadingTitle, numberedHeadingTitle } from './blockShapes';
import { ARABIC_HEADING } from './patterns';

/**
 * Minutes that number their sections « 1. », « 2. » instead of « I- », « II- »: a
 * numbered line is a section when it reads as a title, is followed by text rather than
 * the next item, and the numbers run 1, 2, 3… through the document. Otherwise it is a list.
 */
function numberOf(block: SourceBlock): { number: number; title: string } | undefined {
  if (block.style.kind === 'listItem' && block.style.ordered) return { number: block.style.number, title: block.text };
  if (block.style.kind !== 'paragraph') return undefined;
  const match = ARABIC_HEADING.exec(block.text);
  return match ? { number: Number(match[1]), title: match[2] ?? '' } : undefined;
}

export function arabicHeadingIndexes(blocks: SourceBlock[], skip: Set<number>): Set<number> {
  const usesRoman = blocks.some((block, index) => !skip.has(index) && isHeadingTitle(numberedHeadingTitle(block.text) ?? '.'));
  if (usesRoman) return new Set();
  const chain: number[] = [];
  let expected = 1;
  blocks.forEach((block, index) => {
    if (skip.has(index)) return;
    const numbered = numberOf(block);
    if (!numbered || numbered.number !== expected || numbered.title.length > 150 || !isHeadingTitle(numbered.title)) return;
    const next = blocks.slice(index + 1).find((_, offset) => !skip.has(index + 1 + offset));
    if (!next || (next.style.kind === 'listItem' && next.style.ordered)) return;
    chain.push(index);
    expected++;
  });
  return chain.length >= 2 ? new Set(chain) : new Set();
}
