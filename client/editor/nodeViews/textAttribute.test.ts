import { describe, expect, it } from 'vitest';
import { textAttribute, textListAttribute } from './textAttribute';

describe('attributes written by peers', () => {
  it('keeps texts and reads anything else as empty', () => {
    expect(textAttribute('Hors la Rue')).toBe('Hors la Rue');
    expect(textAttribute(null)).toBe('');
    expect(textAttribute(42)).toBe('');
  });

  it('keeps the texts of a list and drops the rest', () => {
    expect(textListAttribute(['CCEM', 3, null, 'Hors la Rue'])).toEqual(['CCEM', 'Hors la Rue']);
    expect(textListAttribute('CCEM')).toEqual([]);
  });
});
