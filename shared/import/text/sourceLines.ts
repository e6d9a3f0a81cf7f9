/** One line of a plain-text file, as the wrap repair sees it. */
export interface SourceLine {
  /** Trimmed; empty for a blank line. */
  text: string;
  /** 1-based line number in the file. */
  number: number;
  /** First line after a form feed. */
  startsPage: boolean;
  /** Comes right after lines removed as noise (a footer, a page number): the gap there is not a paragraph break. */
  afterNoise?: boolean;
}

/** Splits the text into trimmed lines, turning form feeds (PDF page breaks) into page starts. */
export function sourceLines(raw: string): SourceLine[] {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // Tabs stay: between words they separate the columns of a table saved as text.
    .replace(/[\u00A0\u2007\u202F\u2009]/g, ' ')
    .replace(/[\u200B\u200E\u200F]/g, '');
  const lines: SourceLine[] = [];
  text.split('\n').forEach((line, index) => {
    // A form feed is a page break, not a blank line: only the text around it makes lines.
    const pages = line.split('\f');
    pages.forEach((part, page) => {
      if (part.trim() || pages.length === 1) lines.push({ text: part.trim(), number: index + 1, startsPage: page > 0 });
    });
  });
  return lines;
}
