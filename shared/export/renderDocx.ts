import {
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  type NumberingDefinition,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TableOfContents,
  TextRun,
} from 'docx';
import { DOCX_FONTS, DOCX_FONT_TABLE } from './docxFontTable';
import { docxPageNumbers } from './docxPageNumbers';
import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import { ACTION_ITEM_TITLE, SPEAKER_LABEL_END, type Block, type ExportDocument, type Inline, SOMMAIRE_TITLE } from './exportModel';
import { docxLetterStyle, docxListDefinition, docxStyle, docxStyles } from './docxStyles';

/** Where a list item's first paragraph sits in its list. */
interface ListPlace {
  definition: NumberingDefinition;
  level: number;
  instance: number;
}

const footnote = (note: string) =>
  new FootnoteReferenceRun({ children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(note)] })] });

/** Builds the paragraphs of one document; gives each list its own numbering instance. */
class DocxWriter {
  private lists = 0;

  inlines(inlines: Inline[]): ParagraphChild[] {
    return inlines.flatMap((inline): ParagraphChild[] => {
      if (inline.kind === 'break') return [new TextRun({ break: 1 })];
      if (inline.kind === 'note') return [footnote(inline.note)];
      if (inline.kind === 'measure') {
        const label = new TextRun(inline.label);
        return inline.note ? [label, footnote(inline.note)] : [label];
      }
      const run = new TextRun({
        text: inline.text,
        ...(inline.bold ? { bold: true } : {}),
        ...(inline.italic ? { italics: true } : {}),
        ...(inline.strike ? { strike: true } : {}),
        ...(inline.underline ? { underline: {} } : {}),
        ...(inline.code ? { font: DOCX_FONTS.mono } : {}),
        ...(inline.href ? { style: 'Hyperlink' } : {}),
      });
      return [inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run];
    });
  }

  blocks(blocks: Block[], paragraphStyle?: string, listLevel = -1): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, paragraphStyle, listLevel));
  }

  private block(block: Block, paragraphStyle: string | undefined, listLevel: number): Paragraph[] {
    // Paragraphs inside a list item line up with its text.
    const indent = listLevel >= 0 ? { indent: { left: 360 * (listLevel + 1) } } : {};
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            style: block.level === 2 ? docxStyle.heading1 : docxStyle.heading2,
            children: [...(block.number ? [new TextRun(`${block.number}- `)] : []), ...this.inlines(block.inlines)],
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ ...(paragraphStyle ? { style: paragraphStyle } : {}), ...indent, children: this.inlines(block.inlines) })];
      case 'speakerTurn': {
        const { speaker } = block;
        const label = speaker
          ? [
              new Paragraph({
                style: docxStyle.speaker,
                children: [
                  new TextRun(speaker.name),
                  ...(speaker.detail ? [new TextRun({ text: ` (${speaker.detail})`, bold: false })] : []),
                  new TextRun(SPEAKER_LABEL_END),
                ],
              }),
            ]
          : [];
        return [...label, ...block.paragraphs.map((inlines) => new Paragraph({ style: docxStyle.turn, children: this.inlines(inlines) }))];
      }
      case 'actionItem':
        return [
          new Paragraph({ style: docxStyle.actionItemTitle, text: ACTION_ITEM_TITLE }),
          ...(block.details ? [new Paragraph({ style: docxStyle.actionItemDetails, text: block.details })] : []),
          ...block.paragraphs.map((inlines) => new Paragraph({ style: docxStyle.actionItem, children: this.inlines(inlines) })),
        ];
      case 'markedSection':
        return [new Paragraph({ style: docxStyle.heading1, text: block.title }), ...this.blocks(block.blocks, paragraphStyle, listLevel)];
      case 'list': {
        this.lists += 1;
        const place = { definition: docxListDefinition(block.ordered, block.start), level: Math.min(listLevel + 1, 8), instance: this.lists };
        return block.items.flatMap((item) => this.listItem(item, place, paragraphStyle));
      }
      case 'blockquote':
        return this.blocks(block.blocks, docxStyle.quotation, listLevel);
      case 'code':
        return block.lines.map((line) => new Paragraph({ style: docxStyle.code, ...indent, text: line }));
      case 'rule':
        return [new Paragraph({ ...indent, thematicBreak: true })];
      case 'letterPart':
        return [
          new Paragraph({
            style: docxLetterStyle[block.part],
            children: block.lines.flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...this.inlines(line)]),
          }),
        ];
    }
  }

  private listItem(item: Block[], place: ListPlace, paragraphStyle: string | undefined): Paragraph[] {
    const [first, ...rest] = item;
    const numbering = { reference: place.definition, level: place.level, instance: place.instance };
    const head =
      first?.kind === 'paragraph'
        ? [new Paragraph({ ...(paragraphStyle ? { style: paragraphStyle } : {}), numbering, children: this.inlines(first.inlines) })]
        : [new Paragraph({ numbering }), ...(first ? this.block(first, paragraphStyle, place.level) : [])];
    return [...head, ...this.blocks(rest, paragraphStyle, place.level)];
  }
}

/**
 * The sommaire as Word's own table of contents: a TOC field over the level-1 headings, with
 * links, written with its entries (each heading's title and a PAGEREF field to a bookmark
 * on it) so that it reads whole before any update, and dirty so that Word recomputes it.
 */
const sommaire = () => new TableOfContents(SOMMAIRE_TITLE, { hyperlink: true, headingStyleRange: '1-1' });

function documentOf(doc: ExportDocument): Document {
  const writer = new DocxWriter();
  const children: Array<Paragraph | TableOfContents> = doc.layout === 'letter' ? [] : [new Paragraph({ style: docxStyle.title, text: doc.title })];
  if (doc.collective) children.push(new Paragraph({ style: docxStyle.collective, text: doc.collective }));
  if (doc.placeAndDate) children.push(new Paragraph({ style: docxStyle.placeAndDate, text: doc.placeAndDate }));
  if (doc.validation) children.push(new Paragraph({ style: docxStyle.validation, text: doc.validation }));
  if (doc.validatedVersion) children.push(new Paragraph({ style: docxStyle.validation, text: doc.validatedVersion }));
  if (doc.sommaire.length > 0) {
    children.push(new Paragraph({ style: docxStyle.sommaireTitle, text: SOMMAIRE_TITLE }), sommaire());
  }
  children.push(...writer.blocks(doc.blocks));
  for (const group of doc.attendance) {
    children.push(new Paragraph({ style: docxStyle.heading1, text: group.title }));
    for (const line of group.lines) children.push(new Paragraph({ style: docxStyle.attendance, text: line }));
  }
  if (doc.signature) children.push(new Paragraph({ style: docxStyle.signature, text: doc.signature }));

  const { properties } = doc;
  return new Document({
    title: properties.title,
    ...(properties.subject ? { subject: properties.subject } : {}),
    ...(properties.author ? { creator: properties.author, lastModifiedBy: properties.author } : {}),
    styles: docxStyles,
    // Word asks to update the fields (the sommaire's page numbers) on opening.
    ...docxPageNumbers(doc),
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: docxStyle.footer,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** A Word document: heading styles for the navigation pane, framed « À suivre », page numbers, footnotes for measures. */
export function renderDocx(input: ExportInput): Promise<Uint8Array> {
  return renderDocxDocument(buildExportModel(input));
}

/** The Word file of a document already laid out (a compte-rendu, or the « À suivre » list, T6). */
export function renderDocxDocument(doc: ExportDocument): Promise<Uint8Array> {
  return Packer.pack(documentOf(doc), 'uint8array', false, [DOCX_FONT_TABLE]);
}
