import type { SourceBlock } from '../sourceBlock';
import { fold } from './french';
import { ARABIC_HEADING, NAMED_HEADING, ROMAN_HEADING, SOMMAIRE_HEADER, SUB_HEADING, isHeaderLine } from './patterns';

/**
 * The typed table of contents: Minutier generates it from the headings, so it is dropped.
 * Either announced (« Sommaire : ») or a run of numbered headings with no text between
 * them, numbered again further on.
 */
const DOT_LEADER = /\s*(?:\.{3,}|…+|_{3,})\s*\d*\s*$/;

const entryNumber = (block: SourceBlock): string | undefined => {
  if (block.tableOfContents) return '';
  const text = block.text.replace(DOT_LEADER, '');
  if (block.style.kind === 'listItem') return block.style.ordered ? String(block.style.number) : '';
  const numbered = ROMAN_HEADING.exec(text) ?? NAMED_HEADING.exec(text) ?? ARABIC_HEADING.exec(text) ?? SUB_HEADING.exec(text);
  // An unnumbered entry counts when dots lead to its page number.
  return numbered?.[1] ?? (DOT_LEADER.test(block.text) ? '' : undefined);
};

const titleKey = (block: SourceBlock) =>
  fold(block.text.replace(DOT_LEADER, '').replace(/^\S+\s*[-–—.):]?\s*/, '')).slice(0, 40);

export interface Sommaire {
  /** Indexes of its blocks, header and entries. */
  blocks: Set<number>;
  entries: number;
}

export function findSommaire(blocks: SourceBlock[], skip: Set<number>): Sommaire {
  const found = new Set<number>();
  let entryCount = 0;
  // A generated table of contents (Word's, LibreOffice's) goes whatever its entries look like.
  blocks.forEach((block, index) => {
    if (!block.tableOfContents || skip.has(index)) return;
    found.add(index);
    entryCount++;
  });
  blocks.forEach((block, index) => {
    if (skip.has(index) || !isHeaderLine(SOMMAIRE_HEADER, block.text)) return;
    const entries: number[] = [];
    const seen = new Set<string>();
    for (let next = index + 1; next < blocks.length; next++) {
      const entry = blocks[next];
      // The first section, as a heading or repeating an entry, is the body again.
      if (!entry || skip.has(next) || entry.style.kind === 'heading' || entryNumber(entry) === undefined || seen.has(titleKey(entry))) break;
      seen.add(titleKey(entry));
      entries.push(next);
    }
    // « Ordre du jour » is kept unless its points come back as headings.
    const isAgenda = /ordre/i.test(block.text);
    const later = new Set(blocks.slice((entries[entries.length - 1] ?? index) + 1).map(titleKey));
    if (isAgenda && !entries.some((entry) => later.has(titleKey(blocks[entry] as SourceBlock)))) return;
    found.add(index);
    for (const entry of entries) found.add(entry);
    entryCount += entries.filter((entry) => !blocks[entry]?.tableOfContents).length;
  });
  // Unannounced: two or more Roman headings in a row, the first of which comes back later.
  for (let index = 0; index < blocks.length; index++) {
    const run: number[] = [];
    const inRun = (at: number) => ROMAN_HEADING.test(blocks[at]?.text ?? '') && !found.has(at);
    while (index + run.length < blocks.length && inRun(index + run.length)) run.push(index + run.length);
    if (run.length >= 2) {
      const firstKey = titleKey(blocks[index] as SourceBlock);
      if (blocks.slice(index + run.length).some((block) => ROMAN_HEADING.test(block.text) && titleKey(block) === firstKey)) {
        for (const entry of run) found.add(entry);
        entryCount += run.length;
      }
    }
    index += Math.max(0, run.length - 1);
  }
  return { blocks: found, entries: entryCount };
}
