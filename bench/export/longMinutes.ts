import type { ExportInput } from '../../shared/export/exportInput';
import { sampleMinutes } from '../../shared/export/testing/sampleMinutes';

type Node = { type: string; text?: string; content?: Node[] };

/**
 * The same words shuffled (a seeded, repeatable shuffle), so that copies compress like real
 * text in ODT and DOCX instead of to almost nothing.
 */
function shuffleWords(node: Node, seed: number): Node {
  if (node.type === 'text' && node.text) {
    const words = node.text.split(' ');
    let state = (seed * 2654435761 + words.length) >>> 0 || 1;
    for (let i = words.length - 1; i > 0; i--) {
      // xorshift32: small, repeatable, good enough to scatter words.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      const j = state % (i + 1);
      [words[i], words[j]] = [words[j] ?? '', words[i] ?? ''];
    }
    return { ...node, text: words.join(' ') };
  }
  return node.content ? { ...node, content: node.content.map((child) => shuffleWords(child, seed)) } : node;
}

/**
 * A long compte-rendu: the 22 November 2013 minutes with their sections, speaker turns,
 * « À suivre » boxes and measure references repeated `copies` times, each copy's words
 * shuffled, the annexes and next meetings kept once.
 */
export function longMinutes(copies: number): ExportInput {
  const sample = sampleMinutes('internal');
  const body = (sample.content.content ?? []) as Node[];
  const marked = body.filter((node) => node.type === 'markedSection');
  const sections = body.filter((node) => node.type !== 'markedSection');
  const repeated = Array.from({ length: copies }, (_, copy) => sections.map((node) => shuffleWords(node, copy + 1))).flat();
  return { ...sample, content: { type: 'doc', content: [...marked, ...repeated] } };
}
