import { type BlockStyle, type InlineRun, type SourceBlock, makeBlock } from './sourceBlock';

/**
 * The HTML that mammoth makes of a Word document, as blocks. mammoth writes a small,
 * well-formed subset (p, h1–h6, ul/ol/li, table/tr/td, strong, em, a, br, img), which a
 * tag scanner reads without a DOM, so this runs in the browser and on the server alike.
 * A one-column table is a box (an « À suivre » frame); a wider one is a list of rows
 * read as « cell : cell » (participant tables).
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

interface Paragraph {
  runs: InlineRun[];
  lines: string[];
  style: BlockStyle;
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
  let bold = 0;
  let italic = 0;
  let current: Paragraph | undefined;
  let line = '';
  let position = 0;

  const emit = (paragraph: Paragraph) => {
    const table = tables[tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    const cell = row?.[row.length - 1];
    if (cell) cell.push(paragraph);
    else blocks.push(makeBlock(paragraph.runs, ++position, paragraph.style, paragraph.lines));
  };
  const flush = () => {
    if (!current) return;
    current.lines.push(line.trim());
    current.lines = current.lines.filter(Boolean);
    if (current.runs.some((run) => run.text.trim())) emit(current);
    current = undefined;
    line = '';
  };
  const open = (style: BlockStyle) => {
    flush();
    current = { runs: [], lines: [], style };
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

  let inNoteCall = false;
  for (const token of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attributes = '', text] = token;
    if (text !== undefined) {
      if (inNoteCall) continue;
      const decoded = decodeEntities(text);
      if (!current) {
        if (!decoded.trim()) continue;
        current = { runs: [], lines: [], style: { kind: 'paragraph' } };
      }
      current.runs.push({ text: decoded, ...(bold > 0 ? { bold: true } : {}), ...(italic > 0 ? { italic: true } : {}) });
      line += decoded;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const isClosing = closing === '/';
    // « [1] », mammoth's call of a Word footnote: the note itself follows as a list at the end.
    if (tag === 'a') inNoteCall = !isClosing && /href="#(?:footnote|endnote)-/.test(attributes);
    else if (tag === 'strong' || tag === 'b') bold += isClosing ? -1 : 1;
    else if (tag === 'em' || tag === 'i') italic += isClosing ? -1 : 1;
    else if (tag === 'br' && current) {
      current.runs.push({ text: ' ' });
      current.lines.push(line.trim());
      line = '';
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      if (isClosing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li' && !isClosing) {
      const list = lists[lists.length - 1];
      if (list) list.count++;
      open({ kind: 'listItem', ordered: list?.ordered ?? false, number: list?.count ?? 0 });
    } else if (tag === 'table') {
      flush();
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
    else if (BLOCK_TAGS.has(tag)) {
      if (isClosing) flush();
      else if (tag !== 'p' || !current || current.runs.length > 0) {
        const level = /^h([1-6])$/.exec(tag)?.[1];
        open(level ? { kind: 'heading', level: Number(level) } : { kind: 'paragraph' });
      }
    }
  }
  flush();
  while (tables.length > 0) closeTable();
  return blocks;
}
