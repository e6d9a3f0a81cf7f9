import type { MinutesMeta } from '../model/meta';
import { markdownInline } from './markdownInline';
import { findFrenchDate } from './recognise/frenchDate';
import { type BlockStyle, type SourceBlock, makeBlock } from './sourceBlock';

/**
 * Markdown (as typed, or as Minutier exports it) as blocks: headings, paragraphs
 * (soft-wrapped lines joined), list items, block quotes as boxes, table rows as
 * « cell : cell » lines, and a YAML-like front matter for the metadata.
 */
export interface MarkdownReading {
  blocks: SourceBlock[];
  frontMatter: Partial<MinutesMeta>;
}

const FRONT_MATTER_KEYS: Record<string, keyof MinutesMeta> = {
  title: 'title', titre: 'title', collective: 'collective', collectif: 'collective', date: 'meetingDate',
  meetingdate: 'meetingDate', place: 'place', lieu: 'place', author: 'author', auteur: 'author', redaction: 'author',
};

function readFrontMatter(lines: string[]): { meta: Partial<MinutesMeta>; length: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, length: 0 };
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { meta: {}, length: 0 };
  const meta: Partial<MinutesMeta> = {};
  for (const line of lines.slice(1, end)) {
    const pair = /^\s*([\p{L}_]+)\s*:\s*(.*?)\s*$/u.exec(line);
    const key = pair && FRONT_MATTER_KEYS[(pair[1] ?? '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f_]/g, '')];
    const value = pair?.[2]?.replace(/^(["'])(.*)\1$/, '$2');
    if (!key || !value) continue;
    if (key === 'meetingDate') {
      const date = findFrenchDate(value);
      if (date) meta.meetingDate = date;
    } else meta[key] = value;
  }
  return { meta, length: end + 1 };
}

const ATX = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}(?:[-*_]\s*){3,}$/;
const LIST_ITEM = /^(\s*)([-*+]|(\d{1,3})[.)])\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const FOOTNOTE = /^\[\^[^\]\s]+\]:/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function parse(lines: string[], firstLine: number, container: string | undefined, blocks: SourceBlock[], nextContainer: () => string): void {
  let paragraph: { lines: string[]; start: number; style: BlockStyle } | undefined;
  const flush = () => {
    if (paragraph) {
      const text = paragraph.lines.join('\n');
      blocks.push(makeBlock(markdownInline(text), paragraph.start, paragraph.style, paragraph.lines.map((line) => line.trim()), container));
    }
    paragraph = undefined;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const number = firstLine + index;
    if (!line.trim()) {
      flush();
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      flush();
      const quoted: string[] = [];
      while (index < lines.length && QUOTE.test(lines[index] ?? '')) quoted.push(QUOTE.exec(lines[index++] ?? '')?.[1] ?? '');
      index--;
      parse(quoted, number, container ?? nextContainer(), blocks, nextContainer);
      continue;
    }
    const atx = ATX.exec(line);
    const setext = /^\s*(=+|-+)\s*$/.exec(lines[index + 1] ?? '');
    if (atx || (setext && paragraph === undefined && !LIST_ITEM.test(line))) {
      flush();
      const level = atx ? (atx[1]?.length ?? 1) : setext?.[1]?.startsWith('=') ? 1 : 2;
      blocks.push(makeBlock(markdownInline(atx ? (atx[2] ?? '') : line.trim()), number, { kind: 'heading', level }, undefined, container));
      if (!atx) index++;
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    if (FOOTNOTE.test(line)) {
      flush();
      while (/^\s{2,}\S/.test(lines[index + 1] ?? '')) index++;
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      if (TABLE_SEPARATOR.test(lines[index + 1] ?? '')) {
        index++; // a header row names the columns
        continue;
      }
      const cells = (TABLE_ROW.exec(line)?.[1] ?? '').split('|').map((cell) => cell.trim()).filter(Boolean);
      if (cells.length > 0) blocks.push(makeBlock(markdownInline(cells.join(' : ')), number, { kind: 'paragraph' }, undefined, container));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const ordered = item[3] !== undefined;
      paragraph = { lines: [item[4] ?? ''], start: number, style: { kind: 'listItem', ordered, number: ordered ? Number(item[3]) : 0 } };
      continue;
    }
    if (paragraph) paragraph.lines.push(line.trim());
    else paragraph = { lines: [line.trim()], start: number, style: { kind: 'paragraph' } };
  }
  flush();
}

export function readMarkdown(raw: string): MarkdownReading {
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const { meta, length } = readFrontMatter(lines);
  const blocks: SourceBlock[] = [];
  let containers = 0;
  parse(lines.slice(length), length + 1, undefined, blocks, () => `quote-${++containers}`);
  return { blocks, frontMatter: meta };
}
