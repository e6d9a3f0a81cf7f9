import { describe, expect, it } from 'vitest';
import { CARET_PALETTE } from '../identity';
import { associationColor, associationTint, NEUTRAL_SUGGESTION_COLOR } from './associationColor';

describe('associationColor', () => {
  it('gives an association the same palette colour whatever its case and spacing', () => {
    const color = associationColor('Amicale du Nid');
    expect(CARET_PALETTE).toContain(color);
    expect(associationColor('  amicale du nid ')).toBe(color);
  });

  it('gives different associations different colours when the palette allows', () => {
    const names = ['Amicale du Nid', 'Hors la Rue', 'CCEM', 'ECPAT France', 'Fondation Scelles'];
    expect(new Set(names.map(associationColor)).size).toBeGreaterThan(1);
  });

  it('uses a neutral colour without an association', () => {
    expect(associationColor('')).toBe(NEUTRAL_SUGGESTION_COLOR);
    expect(associationColor('   ')).toBe(NEUTRAL_SUGGESTION_COLOR);
  });

  it('tints with the same colour, mostly transparent', () => {
    expect(associationTint('CCEM')).toBe(`${associationColor('CCEM')}1a`);
  });
});
