import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import { ACTION_ITEM_TITLE, SPEAKER_LABEL_END, type Block, type ExportDocument, type Inline, SOMMAIRE_TITLE, type TextInline, numberedTitle } from './exportModel';
import { markdownCode, markdownEscape } from './markdownEscape';

const prefixLines = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((line, i) => (line === '' ? (i === 0 ? first : rest).trimEnd() : (i === 0 ? first : rest) + line))
    .join('\n');

/** `<…>` link destinations may hold anything but angle brackets and line breaks. */
const linkDestination = (href: string): string => `<${href.replace(/</g, '%3C').replace(/>/g, '%3E')}>`;

/** Writes one document; numbers footnotes as it goes. */
class MarkdownWriter {
  readonly notes: string[] = [];

  inlines(inlines: Inline[], atLineStart: boolean): string {
    let out = '';
    let lineStart = atLineStart;
    for (const inline of inlines) {
      if (inline.kind === 'break') {
        out += '\\\n';
        lineStart = true;
        continue;
      }
      if (inline.kind === 'note') {
        out += this.noteCall(inline.note);
        continue;
      }
      out += inline.kind === 'measure' ? this.measure(inline.label, inline.note, lineStart) : this.text(inline, lineStart);
      lineStart = false;
    }
    return out;
  }

  private measure(label: string, note: string | undefined, atLineStart: boolean): string {
    if (!note) return markdownEscape(label, atLineStart);
    return `${markdownEscape(label, atLineStart)}${this.noteCall(note)}`;
  }

  private noteCall(note: string): string {
    this.notes.push(note);
    return `[^${this.notes.length}]`;
  }

  private text(inline: TextInline, atLineStart: boolean): string {
    const written = inline.code ? markdownCode(inline.text) : markdownEscape(inline.text, atLineStart);
    // Emphasis must hug its text: « ** gras** » is not bold in Markdown.
    const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(written) ?? [];
    if (body === '') return written;
    let marked = body;
    if (inline.bold) marked = `**${marked}**`;
    if (inline.italic) marked = `*${marked}*`;
    if (inline.strike) marked = `~~${marked}~~`;
    if (inline.href) marked = `[${marked}](${linkDestination(inline.href)})`;
    return lead + marked + trail;
  }

  blocks(blocks: Block[]): string {
    return blocks.map((block) => this.block(block)).join('\n\n');
  }

  private block(block: Block): string {
    switch (block.kind) {
      case 'heading':
        return `${block.level === 2 ? '##' : '###'} ${block.number ? `${block.number}- ` : ''}${this.inlines(block.inlines, false)}`;
      case 'paragraph':
        return this.inlines(block.inlines, true);
      case 'speakerTurn':
        return block.paragraphs
          .map((inlines, i) => {
            if (i > 0 || !block.speaker) return this.inlines(inlines, true);
            const { name, detail } = block.speaker;
            const label = `**${markdownEscape(name, false)}**${detail ? ` (${markdownEscape(detail, false)})` : ''}${SPEAKER_LABEL_END} `;
            return label + this.inlines(inlines, false);
          })
          .join('\n\n');
      case 'actionItem': {
        const title = `**${ACTION_ITEM_TITLE}**${block.details ? ` — ${markdownEscape(block.details, false)}` : ''}`;
        const body = [title, ...block.paragraphs.map((inlines) => this.inlines(inlines, true))].join('\n\n');
        return prefixLines(body, '> ', '> ');
      }
      case 'markedSection':
        return [`## ${markdownEscape(block.title, false)}`, this.blocks(block.blocks)].join('\n\n');
      case 'list':
        return block.items
          .map((item, i) => {
            const marker = block.ordered ? `${block.start + i}. ` : '- ';
            return prefixLines(this.blocks(item), marker, ' '.repeat(marker.length));
          })
          .join('\n');
      case 'blockquote':
        return prefixLines(this.blocks(block.blocks), '> ', '> ');
      case 'code': {
        const code = block.lines.join('\n');
        const fence = '`'.repeat(Math.max(3, ...(code.match(/`+/g) ?? []).map((run) => run.length + 1)));
        return `${fence}\n${code}\n${fence}`;
      }
      case 'rule':
        return '---';
      case 'letterPart':
        return block.lines.map((line) => this.inlines(line, true)).join('\\\n');
    }
  }
}

/**
 * Markdown that reads well as plain text: speaker turns as « **Organisation** (Personne) : … »,
 * « À suivre » boxes as quoted blocks, measure titles as footnotes.
 */
export function renderMarkdown(input: ExportInput): string {
  return renderMarkdownDocument(buildExportModel(input));
}

/** The Markdown of a document already laid out (a compte-rendu, or a cover letter: its parts as plain lines). */
export function renderMarkdownDocument(doc: ExportDocument): string {
  const writer = new MarkdownWriter();
  const escape = (text: string) => markdownEscape(text, false);
  const parts = doc.layout === 'letter' ? [] : [`# ${escape(doc.title)}`];
  if (doc.collective) parts.push(`**${escape(doc.collective)}**`);
  if (doc.placeAndDate) parts.push(markdownEscape(doc.placeAndDate, true));
  if (doc.validation) parts.push(`*${escape(doc.validation)}*`);
  if (doc.validatedVersion) parts.push(`*${escape(doc.validatedVersion)}*`);
  if (doc.sommaire.length > 0) {
    parts.push(`## ${SOMMAIRE_TITLE}`, doc.sommaire.map((entry) => `- ${escape(numberedTitle(entry.number, entry.title))}`).join('\n'));
  }
  if (doc.blocks.length > 0) parts.push(writer.blocks(doc.blocks));
  for (const group of doc.attendance) {
    parts.push(`## ${escape(group.title)}`, group.lines.map((line) => `- ${escape(line)}`).join('\n'));
  }
  if (doc.signature) parts.push(`*${escape(doc.signature)}*`);
  if (writer.notes.length > 0) parts.push(writer.notes.map((note, i) => `[^${i + 1}]: ${escape(note)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
