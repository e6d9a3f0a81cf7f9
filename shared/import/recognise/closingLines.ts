import type { SourceBlock } from '../sourceBlock';
import { AUTHOR_LINE, VALIDATION } from './patterns';

/**
 * The lines that close a compte-rendu, wherever they stand: « Compte-rendu réalisé par … »
 * (the author, in the metadata) and « Validé lors de la réunion du … ».
 */
export interface ClosingLines {
  author?: string;
  validation?: string;
  consumed: Set<number>;
}

const clean = (text: string) => text.replace(/[\s.,;]+$/, '').trim();

export function readClosingLines(blocks: SourceBlock[], skip: Set<number>, validation?: string): ClosingLines {
  const found: ClosingLines = { ...(validation ? { validation } : {}), consumed: new Set() };
  blocks.forEach((block, index) => {
    if (skip.has(index)) return;
    const author = AUTHOR_LINE.exec(block.text);
    if (author && !found.author && block.text.length <= 300) {
      found.author = clean(author[1] ?? '');
      found.consumed.add(index);
    } else if (VALIDATION.test(block.text) && block.text.length <= 250 && !found.validation) {
      found.validation = clean(block.text);
      found.consumed.add(index);
    }
  });
  return found;
}
