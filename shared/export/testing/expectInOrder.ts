import { expect } from 'vitest';

/** Whitespace collapsed, so that text wrapped by a reader (pdftotext) still matches. */
export const normalised = (text: string): string => text.replace(/\s+/g, ' ');

/** Each needle appears in `text`, after the previous one. */
export function expectInOrder(text: string, needles: string[]): void {
  const haystack = normalised(text);
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(normalised(needle), from);
    expect(at, `« ${needle} » after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}
