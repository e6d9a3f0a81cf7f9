import type { ExportInput } from '../exportInput';
import { sampleMinutes } from './sampleMinutes';

/** Tokens no line can hold, as people paste them: a word, a link, a hash, in a heading too. */
export const LONG_TOKENS = {
  word: 'a'.repeat(4_999) + 'Z',
  url: `https://www.example.org/${'chemin/'.repeat(24)}fin?${'x'.repeat(8)}`.slice(0, 192),
  hash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'.repeat(3),
  heading: `Section ${'B'.repeat(300)}`,
  emoji: 'Merci 🙂 à toutes 🎉',
};

const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/**
 * The sample compte-rendu with a section made of those tokens, and a reference to measure 22
 * (whose footnote call must not run into its number).
 */
export function longTokenMinutes(): ExportInput {
  const input = sampleMinutes('internal');
  const body = input.content as unknown as { content: unknown[] };
  body.content.unshift(
    { type: 'heading', attrs: { level: 2 }, content: [text(LONG_TOKENS.heading)] },
    { type: 'paragraph', content: [text(`Mot : ${LONG_TOKENS.word} fin du mot.`)] },
    { type: 'paragraph', content: [text('Lien : '), text(LONG_TOKENS.url, [{ type: 'link', attrs: { href: LONG_TOKENS.url } }])] },
    { type: 'paragraph', content: [text(`Empreinte : ${LONG_TOKENS.hash}`)] },
    { type: 'paragraph', content: [text(LONG_TOKENS.emoji)] },
    {
      type: 'paragraph',
      content: [text('Voir la '), { type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number: 22, item: '' } }, text('.')],
    },
  );
  return input;
}
