import type { InlineRun } from './sourceBlock';

/**
 * Markdown's inline syntax as runs: `**gras**`, `*italique*`, `_italique_`, links kept as
 * their text, escapes undone. Enough for minutes; code spans stay plain text.
 */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>|~=&])/g;
const PLACEHOLDER_BASE = 0xe000;

function protectEscapes(text: string): { text: string; restore: (value: string) => string } {
  const escaped: string[] = [];
  const protectedText = text.replace(ESCAPED, (_, char: string) => {
    escaped.push(char);
    return String.fromCharCode(PLACEHOLDER_BASE + escaped.length - 1);
  });
  const restore = (value: string) =>
    value.replace(/[\ue000-\uf8ff]/g, (char) => escaped[char.charCodeAt(0) - PLACEHOLDER_BASE] ?? char);
  return { text: protectedText, restore };
}

const EMPHASIS = [
  { mark: 'bold', pattern: /(\*\*|__)(?=\S)([\s\S]*?\S)\1(?!\w)/ },
  { mark: 'italic', pattern: /\*(?=[^\s*])([\s\S]*?[^\s*])\*|(?<![\p{L}\p{N}])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}])/u },
] as const;

function emphasised(text: string, marks: { bold?: boolean; italic?: boolean }): InlineRun[] {
  let first: { index: number; length: number; inner: string; mark: 'bold' | 'italic' } | undefined;
  for (const { mark, pattern } of EMPHASIS) {
    const match = pattern.exec(text);
    if (match && (first === undefined || match.index < first.index)) {
      const inner = mark === 'bold' ? (match[2] ?? '') : (match[1] ?? match[2] ?? '');
      first = { index: match.index, length: match[0].length, inner, mark };
    }
  }
  if (!first) return text ? [{ text, ...marks }] : [];
  return [
    ...(first.index > 0 ? [{ text: text.slice(0, first.index), ...marks }] : []),
    ...emphasised(first.inner, { ...marks, [first.mark]: true }),
    ...emphasised(text.slice(first.index + first.length), marks),
  ];
}

export function markdownInline(source: string): InlineRun[] {
  const { text, restore } = protectEscapes(source);
  const plain = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    // Footnote calls: Minutier's export puts measure titles there, which the registry holds.
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/ {2,}$|\\$/gm, ' ');
  return emphasised(plain, {}).map((run) => ({ ...run, text: restore(run.text) }));
}
