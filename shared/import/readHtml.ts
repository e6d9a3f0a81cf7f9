import { type BlockStyle, type InlineRun, type SourceBlock, makeBlock } from './sourceBlock';

/**
 * HTML as blocks: the HTML mammoth makes of a Word document, the one the ODT reader makes
 * of content.xml, and Minutier's own HTML export. All are a small, well-formed subset (p,
 * h1–h6, ul/ol/li, table/tr/td, strong, em, a, br, img, section, aside), which a tag scanner
 * reads without a DOM, so this runs in the browser and on the server alike.
 * A one-column table is a box (an « À suivre » frame); a wider one is a list of rows
 * read as « cell : cell » (participant tables). The classes Minutier's exports put on an
 * « À suivre » box and on a speaker's label are kept, so they come back as such.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
/** Containers of a web page: text on either side of their edges is two paragraphs. */
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'dd', 'dt', 'figure', 'body']);

/** Never text of the document: the page's head, scripts, and the notes (measure titles, comments) printed apart. */
const SKIPPED_TAGS = new Set(['head', 'style', 'script', 'title', 'template']);

/** The classes of Minutier's exports (renderHtml, and what readDocx and readOdt map their styles to). */
const BOX = 'a-suivre';
const BOX_TITLE = 'a-suivre-titre';
const BOX_PARTS = new Set([BOX, BOX_TITLE, 'a-suivre-details']);
const SPEAKER_LABEL = 'intervenant';
const TOC_ENTRY = 'sommaire-entree';

const classesOf = (attributes: string): string[] => /\bclass\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
const idOf = (attributes: string): string => /\bid\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';

/** A footnote call (mammoth's « [1] », the HTML export's superscript number): its note is not read. */
const isNoteCall = (tag: string, attributes: string) =>
  (tag === 'a' && /href="#(?:footnote|endnote|note)-/.test(attributes)) || (tag === 'sup' && classesOf(attributes).includes('appel-note'));

/** Where the notes themselves stand: mammoth's list items, the HTML export's « Notes » section. */
const isNoteBody = (tag: string, attributes: string) =>
  (tag === 'li' && /^(?:footnote|endnote)-\d+$/.test(idOf(attributes))) || (tag === 'section' && classesOf(attributes).includes('notes'));

interface Paragraph {
  runs: InlineRun[];
  lines: string[];
  style: BlockStyle;
  container?: string;
  speakerLabel?: boolean;
  tableOfContents?: boolean;
}

interface TableState {
  rows: Paragraph[][][];
  isHeaderRow: boolean[];
}

export function readHtml(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  const tables: TableState[] = [];
  let tableCount = 0;
  let boxCount = 0;
  let bold = 0;
  let italic = 0;
  let current: Paragraph | undefined;
  let line = '';
  let position = 0;
  /** An element whose whole content is skipped, and how deep in it the scanner is. */
  let skipping: { tag: string; depth: number } | undefined;
  /** `<aside class="a-suivre">` holds its box; styled paragraphs (Word, ODT) make one box of a run. */
  let asideBox: string | undefined;
  let styledBox: string | undefined;

  const emit = (paragraph: Paragraph) => {
    const table = tables[tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    const cell = row?.[row.length - 1];
    if (cell) cell.push(paragraph);
    else {
      const block = makeBlock(paragraph.runs, ++position, paragraph.style, paragraph.lines, paragraph.container);
      blocks.push({ ...block, ...(paragraph.speakerLabel ? { speakerLabel: true } : {}), ...(paragraph.tableOfContents ? { tableOfContents: true } : {}) });
    }
  };
  const flush = () => {
    if (!current) return;
    current.lines.push(line.trim());
    current.lines = current.lines.filter(Boolean);
    if (current.runs.some((run) => run.text.trim())) emit(current);
    current = undefined;
    line = '';
  };
  const open = (style: BlockStyle, classes: string[] = []) => {
    flush();
    const boxPart = classes.find((name) => BOX_PARTS.has(name));
    if (boxPart === BOX_TITLE && !asideBox) styledBox = `box-${++boxCount}`;
    else if (!boxPart) styledBox = undefined;
    const container = asideBox ?? styledBox;
    current = {
      runs: [],
      lines: [],
      style,
      ...(container ? { container } : {}),
      ...(classes.includes(SPEAKER_LABEL) ? { speakerLabel: true } : {}),
      ...(classes.includes(TOC_ENTRY) ? { tableOfContents: true } : {}),
    };
  };
  const closeTable = () => {
    const table = tables.pop();
    if (!table) return;
    tableCount++;
    const columns = Math.max(...table.rows.map((row) => row.length));
    table.rows.forEach((row, rowIndex) => {
      if (columns <= 1) {
        const container = `table-${tableCount}-${rowIndex + 1}`;
        for (const paragraph of row[0] ?? []) blocks.push(makeBlock(paragraph.runs, ++position, paragraph.style, paragraph.lines, container));
        return;
      }
      if (table.isHeaderRow[rowIndex]) return;
      const cells = row.map((cell) => cell.map((p) => p.runs.map((run) => run.text).join('')).join(', ').trim()).filter(Boolean);
      if (cells.length > 0) blocks.push(makeBlock([{ text: cells.join(' : ') }], ++position, { kind: 'paragraph' }));
    });
  };

  for (const token of html.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attributes = '', text] = token;
    const tag = (rawTag ?? '').toLowerCase();
    const isClosing = closing === '/';
    const selfClosing = /\/\s*$/.test(attributes);
    if (skipping) {
      if (tag === skipping.tag && !selfClosing) skipping.depth += isClosing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (text === undefined && !rawTag) continue; // comment, doctype, processing instruction
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      if (!current) {
        if (!decoded.trim()) continue;
        current = { runs: [], lines: [], style: { kind: 'paragraph' }, ...((asideBox ?? styledBox) ? { container: asideBox ?? styledBox } : {}) };
      }
      current.runs.push({ text: decoded, ...(bold > 0 ? { bold: true } : {}), ...(italic > 0 ? { italic: true } : {}) });
      line += decoded;
      continue;
    }
    if (!isClosing && !selfClosing && (SKIPPED_TAGS.has(tag) || isNoteCall(tag, attributes) || isNoteBody(tag, attributes))) {
      if (isNoteBody(tag, attributes)) flush();
      skipping = { tag, depth: 1 };
      continue;
    }
    if (tag === 'aside') {
      flush();
      asideBox = !isClosing && classesOf(attributes).includes(BOX) ? `box-${++boxCount}` : undefined;
    } else if (tag === 'strong' || tag === 'b') bold += isClosing ? -1 : 1;
    else if (tag === 'em' || tag === 'i') italic += isClosing ? -1 : 1;
    else if (tag === 'br' && current) {
      current.runs.push({ text: ' ' });
      current.lines.push(line.trim());
      line = '';
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      styledBox = undefined;
      if (isClosing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li' && !isClosing) {
      const list = lists[lists.length - 1];
      if (list) list.count++;
      open({ kind: 'listItem', ordered: list?.ordered ?? false, number: list?.count ?? 0 });
    } else if (tag === 'table') {
      flush();
      styledBox = undefined;
      if (isClosing) closeTable();
      else tables.push({ rows: [], isHeaderRow: [] });
    } else if (tag === 'tr' && !isClosing) {
      const table = tables[tables.length - 1];
      table?.rows.push([]);
      table?.isHeaderRow.push(false);
    } else if ((tag === 'td' || tag === 'th') && !isClosing) {
      flush();
      const table = tables[tables.length - 1];
      table?.rows[table.rows.length - 1]?.push([]);
      if (tag === 'th' && table) table.isHeaderRow[table.isHeaderRow.length - 1] = true;
    } else if ((tag === 'td' || tag === 'th') && isClosing) flush();
    else if (CONTAINER_TAGS.has(tag)) flush();
    else if (BLOCK_TAGS.has(tag)) {
      if (isClosing) flush();
      else if (tag !== 'p' || !current || current.runs.length > 0) {
        const level = /^h([1-6])$/.exec(tag)?.[1];
        open(level ? { kind: 'heading', level: Number(level) } : { kind: 'paragraph' }, classesOf(attributes));
      } else if (current) {
        // `<li><p class="…">`: the paragraph's classes apply to the item already open.
        const classes = classesOf(attributes);
        if (classes.includes(SPEAKER_LABEL)) current.speakerLabel = true;
      }
    }
  }
  flush();
  while (tables.length > 0) closeTable();
  return blocks;
}
