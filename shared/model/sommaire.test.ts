import { describe, expect, it } from 'vitest';
import { romanNumeral, sommaireOf } from './sommaire';

const heading = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });

describe('sommaire', () => {
  it('numbers the section headings in Roman numerals, in document order, skipping sub-headings', () => {
    const body = {
      type: 'doc',
      content: [
        heading(2, 'Actualités'),
        heading(3, 'Sous-partie'),
        { type: 'markedSection', attrs: { kind: 'annexes' }, content: [heading(2, 'Dans une section')] },
        heading(2, 'Préparation de la journée européenne'),
      ],
    };
    expect(sommaireOf(body)).toEqual([
      { number: 'I', title: 'Actualités', index: 0 },
      { number: 'II', title: 'Dans une section', index: 1 },
      { number: 'III', title: 'Préparation de la journée européenne', index: 2 },
    ]);
  });

  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14, 40, 1994].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIV']);
  });
});
