import { describe, expect, it } from 'vitest';
import { CARET_PALETTE, awarenessUser, caretLabel, colorForName } from './identity';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('colorForName', () => {
  it('gives the same colour to the same name, whatever the case and surrounding spaces', () => {
    expect(colorForName('Hélène De Rugy')).toBe(colorForName('  hélène de rugy '));
  });

  it('always picks a six-digit hex colour from the palette', () => {
    for (const name of ['Sarah', 'Paul', 'Amicale du Nid', 'É', '']) {
      const color = colorForName(name);
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect(CARET_PALETTE).toContain(color);
    }
  });

  it('spreads different names over several colours', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Personne ${i}`);
    const colors = new Set(names.map(colorForName));
    expect(colors.size).toBeGreaterThanOrEqual(6);
  });

  it('uses only colours on which white label text is readable', () => {
    for (const color of CARET_PALETTE) {
      const contrast = (1 + 0.05) / (luminance(color) + 0.05);
      expect(contrast, color).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('caretLabel', () => {
  it('shows the name and the association', () => {
    expect(caretLabel({ name: 'Sarah Berthelot', association: 'CCEM' })).toBe('Sarah Berthelot (CCEM)');
  });

  it('falls back gracefully on what other clients may publish', () => {
    expect(caretLabel({ name: 'Paul' })).toBe('Paul');
    expect(caretLabel({ name: 42, association: 'Hors la Rue' })).toBe('Anonyme (Hors la Rue)');
  });
});

describe('awarenessUser', () => {
  it('publishes name, association and the derived colour', () => {
    expect(awarenessUser({ name: 'Paul', association: 'Hors la Rue' })).toEqual({
      name: 'Paul',
      association: 'Hors la Rue',
      color: colorForName('Paul'),
    });
  });
});
