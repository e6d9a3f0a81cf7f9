import { ACTION_ITEM_TITLE, SPEAKER_LABEL_END, type Block, type ExportDocument, type Inline, type TextInline, numberedTitle, plainText } from './exportModel';
import { type OdtSommaireEntry, odtTableOfContent, sommaireBookmark } from './odtSommaire';
import { ODF_NAMESPACES, ODF_VERSION, XML_DECLARATION } from './odtNamespaces';
import { odtLetterStyle, odtStyle } from './odtStyles';
import { xmlEscape } from './xmlEscape';

/** ODF collapses runs of spaces like HTML does: keep them with `<text:s>`. */
const odtText = (text: string): string =>
  xmlEscape(text)
    .replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`)
    .replace(/^ /, '<text:s/>');

const TEXT_PROPERTIES: Record<'b' | 'i' | 's' | 'u' | 'c' | 'n', string> = {
  b: 'fo:font-weight="bold"',
  i: 'fo:font-style="italic"',
  s: 'style:text-line-through-style="solid"',
  u: 'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"',
  c: 'style:font-name="Liberation Mono"',
  n: 'fo:font-weight="normal"',
};
type TextFlag = keyof typeof TEXT_PROPERTIES;

const flagsOf = (inline: TextInline): TextFlag[] =>
  [inline.bold && 'b', inline.italic && 'i', inline.strike && 's', inline.underline && 'u', inline.code && 'c'].filter(
    (flag): flag is TextFlag => Boolean(flag),
  );

/** Writes the body of content.xml; collects the text styles and footnotes it uses. */
class OdtContentWriter {
  private readonly textStyles = new Set<string>();
  private notes = 0;

  automaticStyles(): string {
    return [...this.textStyles]
      .map((name) => {
        const properties = name.slice(2).split('_').map((flag) => TEXT_PROPERTIES[flag as TextFlag]).join(' ');
        return `<style:style style:name="${name}" style:family="text"><style:text-properties ${properties}/></style:style>`;
      })
      .join('');
  }

  /** An automatic text style (« T_b_i » = bold italic), declared once. */
  private span(flags: TextFlag[], content: string): string {
    if (flags.length === 0) return content;
    const name = `T_${flags.join('_')}`;
    this.textStyles.add(name);
    return `<text:span text:style-name="${name}">${content}</text:span>`;
  }

  p(style: string, content: string): string {
    return `<text:p text:style-name="${style}">${content}</text:p>`;
  }

  /** The level-1 headings in order, for the sommaire (written before them, filled after). */
  readonly sommaire: OdtSommaireEntry[] = [];

  /** `title`: the heading's plain text, as the sommaire lists a level-1 heading. */
  h(level: 1 | 2, content: string, title: string): string {
    if (level === 2) return `<text:h text:style-name="${odtStyle.heading2}" text:outline-level="2">${content}</text:h>`;
    const bookmark = sommaireBookmark(this.sommaire.length + 1);
    this.sommaire.push({ bookmark, title });
    return `<text:h text:style-name="${odtStyle.heading1}" text:outline-level="1"><text:bookmark text:name="${bookmark}"/>${content}</text:h>`;
  }

  inlines(inlines: Inline[]): string {
    return inlines.map((inline) => this.inline(inline)).join('');
  }

  private inline(inline: Inline): string {
    if (inline.kind === 'break') return '<text:line-break/>';
    if (inline.kind === 'note') return this.footnote(inline.note);
    if (inline.kind === 'measure') return inline.note ? odtText(inline.label) + this.footnote(inline.note) : odtText(inline.label);
    const span = this.span(flagsOf(inline), odtText(inline.text));
    return inline.href ? `<text:a xlink:type="simple" xlink:href="${xmlEscape(inline.href)}">${span}</text:a>` : span;
  }

  private footnote(note: string): string {
    this.notes += 1;
    return (
      `<text:note text:id="ftn${this.notes}" text:note-class="footnote">` +
      `<text:note-citation>${this.notes}</text:note-citation>` +
      `<text:note-body>${this.p(odtStyle.footnote, odtText(note))}</text:note-body></text:note>`
    );
  }

  /** `paragraphStyle`: the style of plain paragraphs here (quotations restyle theirs). */
  blocks(blocks: Block[], paragraphStyle: string = odtStyle.body): string {
    return blocks.map((block) => this.block(block, paragraphStyle)).join('\n');
  }

  private block(block: Block, paragraphStyle: string): string {
    switch (block.kind) {
      case 'heading':
        return this.h(
          block.level === 2 ? 1 : 2,
          `${block.number ? `${xmlEscape(block.number)}- ` : ''}${this.inlines(block.inlines)}`,
          numberedTitle(block.number, plainText(block.inlines).trim()),
        );
      case 'paragraph':
        return this.p(paragraphStyle, this.inlines(block.inlines));
      case 'speakerTurn': {
        const { speaker } = block;
        const detail = speaker?.detail ? ` ${this.span(['n'], odtText(`(${speaker.detail})`))}` : '';
        const label = speaker ? this.p(odtStyle.speaker, `${odtText(speaker.name)}${detail}${SPEAKER_LABEL_END}`) : '';
        return label + block.paragraphs.map((inlines) => this.p(odtStyle.turn, this.inlines(inlines))).join('');
      }
      case 'actionItem':
        return (
          this.p(odtStyle.actionItemTitle, ACTION_ITEM_TITLE) +
          (block.details ? this.p(odtStyle.actionItemDetails, odtText(block.details)) : '') +
          block.paragraphs.map((inlines) => this.p(odtStyle.actionItem, this.inlines(inlines))).join('')
        );
      case 'markedSection':
        return this.h(1, odtText(block.title), block.title) + this.blocks(block.blocks, paragraphStyle);
      case 'list': {
        const items = block.items
          .map((item, i) => {
            const start = block.ordered && i === 0 && block.start !== 1 ? ` text:start-value="${block.start}"` : '';
            return `<text:list-item${start}>${this.blocks(item, paragraphStyle)}</text:list-item>`;
          })
          .join('');
        return `<text:list text:style-name="${block.ordered ? odtStyle.numberedList : odtStyle.bulletList}">${items}</text:list>`;
      }
      case 'blockquote':
        return this.blocks(block.blocks, odtStyle.quotation);
      case 'code':
        return block.lines.map((line) => this.p(odtStyle.code, odtText(line))).join('');
      case 'rule':
        return this.p(odtStyle.rule, '');
      case 'letterPart':
        return this.p(odtLetterStyle[block.part], block.lines.map((line) => this.inlines(line)).join('<text:line-break/>'));
    }
  }
}

/** `content.xml`: the compte-rendu itself, styled by the named styles of styles.xml. */
export function odtContentXml(doc: ExportDocument): string {
  const writer = new OdtContentWriter();
  const parts: string[] = doc.layout === 'letter' ? [] : [writer.p(odtStyle.title, odtText(doc.title))];
  if (doc.collective) parts.push(writer.p(odtStyle.collective, odtText(doc.collective)));
  if (doc.placeAndDate) parts.push(writer.p(odtStyle.placeAndDate, odtText(doc.placeAndDate)));
  if (doc.validation) parts.push(writer.p(odtStyle.validation, odtText(doc.validation)));
  if (doc.validatedVersion) parts.push(writer.p(odtStyle.validation, odtText(doc.validatedVersion)));
  const sommaireAt = parts.length;
  parts.push(writer.blocks(doc.blocks));
  for (const group of doc.attendance) {
    parts.push(writer.h(1, odtText(group.title), group.title));
    for (const line of group.lines) parts.push(writer.p(odtStyle.attendance, odtText(line)));
  }
  if (doc.signature) parts.push(writer.p(odtStyle.signature, odtText(doc.signature)));
  // Every level-1 heading, as LibreOffice lists them when it updates the index (and as Word does in the DOCX).
  if (doc.sommaire.length > 0) parts.splice(sommaireAt, 0, odtTableOfContent(writer.sommaire));
  const body = parts.join('\n');
  return (
    `${XML_DECLARATION}<office:document-content ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    `<office:automatic-styles>${writer.automaticStyles()}</office:automatic-styles>` +
    `<office:body><office:text>\n${body}\n</office:text></office:body></office:document-content>`
  );
}
