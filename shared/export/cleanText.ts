/**
 * Characters that XML 1.0 forbids (C0 controls but tab and line breaks, unpaired surrogates,
 * U+FFFE/U+FFFF) plus DEL and the C1 controls. One of them in `content.xml` or
 * `document.xml` makes the whole file unreadable, and none belongs in minutes: they come
 * from pastes and broken imports.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters no export format can carry. */
export const withoutForbiddenCharacters = (text: string): string => text.replace(FORBIDDEN, '');

/**
 * Text of one line of running text: forbidden characters removed and tabs and line breaks
 * turned into spaces (a line break inside a paragraph is a `hardBreak` node, never a
 * character, and a stray one would mean different things in each format).
 */
export const cleanInlineText = (text: string): string => withoutForbiddenCharacters(text).replace(/[\t\r\n]/g, ' ');
