/**
 * WCAG 2.1 contrast ratios (success criteria 1.4.3 and 1.4.11), computed from the colours the
 * interface uses, so that palettes can be checked by tests rather than by eye.
 */

/** A colour as red, green and blue in 0–255 and an opacity in 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads `#rgb`, `#rrggbb` or `#rrggbbaa` (the forms the stylesheets and palettes use). */
export function parseHexColor(hex: string): Rgba {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim())?.[1];
  if (!digits) throw new Error(`not a hex colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
  return { r: channel(0), g: channel(1), b: channel(2), a: full.length === 8 ? channel(3) / 255 : 1 };
}

/** What a translucent colour looks like painted over an opaque one. */
export function paintOver(color: Rgba, background: Rgba): Rgba {
  const mix = (top: number, bottom: number) => top * color.a + bottom * (1 - color.a);
  return { r: mix(color.r, background.r), g: mix(color.g, background.g), b: mix(color.b, background.b), a: 1 };
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (value: number) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The contrast ratio (1 to 21) of `foreground` over `backgrounds`, given bottom layer first
 * (the page's paper, then a translucent tint painted on it): translucent layers are painted
 * in order, so a 10 % tint is measured as it shows.
 */
export function contrastRatio(foreground: string, ...backgrounds: [string, ...string[]]): number {
  const [bottom, ...layers] = backgrounds.map(parseHexColor) as [Rgba, ...Rgba[]];
  if (bottom.a < 1) throw new Error(`the bottom background must be opaque: ${backgrounds[0]}`);
  const background = layers.reduce((below, layer) => paintOver(layer, below), bottom);
  const text = relativeLuminance(paintOver(parseHexColor(foreground), background));
  const behind = relativeLuminance(background);
  return (Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05);
}
