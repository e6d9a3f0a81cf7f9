import { describe, expect, it } from 'vitest';
import { contrastRatio, paintOver, parseHexColor } from './contrast';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f6feb', '#1f6feb')).toBe(1);
  });

  it('puts #767676 on white just above the 4.5:1 of AA text, #777777 just below', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('measures a translucent tint as it shows over the page below it', () => {
    expect(contrastRatio('#000000', '#ffffff', '#00000000')).toBeCloseTo(21, 5);
    // Black at half opacity over white is mid-grey: black text on it loses most of its contrast.
    expect(contrastRatio('#000000', '#ffffff', '#00000080')).toBeCloseTo(contrastRatio('#000000', '#7f7f7f'), 1);
  });

  it('refuses a translucent bottom layer and what is not a hex colour', () => {
    expect(() => contrastRatio('#000000', '#ffffff80')).toThrow(/opaque/);
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/hex/);
  });
});

describe('parseHexColor and paintOver', () => {
  it('read the short, long and translucent forms', () => {
    expect(parseHexColor('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    expect(parseHexColor('#1F6FEB1a')).toMatchObject({ r: 0x1f, g: 0x6f, b: 0xeb });
    expect(parseHexColor('#1f6feb1a').a).toBeCloseTo(0x1a / 255, 5);
  });

  it('paint an opaque colour as itself and a transparent one as the background', () => {
    const white = parseHexColor('#ffffff');
    expect(paintOver(parseHexColor('#123456'), white)).toEqual(parseHexColor('#123456'));
    expect(paintOver(parseHexColor('#12345600'), white)).toEqual(white);
  });
});
