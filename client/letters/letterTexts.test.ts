import { describe, expect, it } from 'vitest';
import { letterLine, placeAndDate } from './letterTexts';

describe('placeAndDate', () => {
  it('prints the place and the day in French, « 1er » included', () => {
    expect(placeAndDate('Paris', '2015-04-21')).toBe('Paris, le 21 avril 2015');
    expect(placeAndDate('Paris', '2013-11-01')).toBe('Paris, le 1er novembre 2013');
  });

  it('does with what is known while the date or the place is missing', () => {
    expect(placeAndDate('Paris', '')).toBe('Paris');
    expect(placeAndDate('', '2015-04-21')).toBe('Le 21 avril 2015');
    expect(placeAndDate('', '')).toBe('');
  });
});

describe('letterLine', () => {
  it('names the addressee and the day of a letter in the lists', () => {
    expect(letterLine({ addressee: 'Monsieur Bernard Cazeneuve', date: '2015-04-21' })).toBe(
      'Lettre d’envoi à Monsieur Bernard Cazeneuve, 21 avril 2015',
    );
    expect(letterLine({ addressee: ' ', date: '' })).toBe('Lettre d’envoi');
  });
});
