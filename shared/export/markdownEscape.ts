/**
 * Escaping for Markdown text, keeping it readable as plain text: only the characters that
 * could start markup anywhere are backslash-escaped (emphasis, code, links, raw HTML,
 * tables, entities), and the block markers only where a line starts.
 */
const INLINE_MARKUP = /[\\`*_[\]<>|~]|&(?=#?[A-Za-z0-9]+;)/g;
const LINE_START_MARKUP = /^([#>+=-]|\d+(?=[.)]))/;

export function markdownEscape(text: string, atLineStart: boolean): string {
  const escaped = text.replace(INLINE_MARKUP, (character) => `\\${character}`);
  if (!atLineStart) return escaped;
  // Leading spaces would turn the line into a code block: they carry no meaning in minutes.
  return escaped
    .replace(/^\s+/, '')
    .replace(LINE_START_MARKUP, (marker: string) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** A code span that survives backticks in its content: the fence is one backtick longer than any run inside. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}
