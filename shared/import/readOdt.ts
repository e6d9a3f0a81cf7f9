import { strFromU8, unzipSync } from 'fflate';
import { odtStyle } from '../export/odtStyles';
import { readHtml } from './readHtml';
import type { SourceBlock } from './sourceBlock';

/**
 * An OpenDocument text (LibreOffice, and Minutier's ODT export) as blocks: content.xml is
 * translated into the small HTML readHtml reads (headings, paragraphs, lists, tables, bold
 * and italic), so recognising minutes is written once. Notes, indexes (the generated
 * sommaire), annotations, tracked changes and drawings are not text of the minutes.
 */

interface StyleFacts {
  parent?: string;
  bold?: boolean;
  italic?: boolean;
  /** A list style: whether its first level is numbered. */
  ordered?: boolean;
}

/** Paragraph styles of Minutier's ODT export that carry structure, as readHtml's classes. */
const STYLE_CLASSES: Record<string, string> = {
  [odtStyle.actionItemTitle]: 'a-suivre-titre',
  [odtStyle.actionItemDetails]: 'a-suivre-details',
  [odtStyle.actionItem]: 'a-suivre',
  [odtStyle.speaker]: 'intervenant',
};
/** Entries of a sommaire typed or generated as paragraphs (« Contents 1 »): with page numbers, not text. */
const isContentsEntry = (name: string) => /^Contents_20_\d$/.test(name);
const TITLE_STYLES = new Set([odtStyle.title, 'Titre']);

const SKIPPED = new Set([
  'text:note', 'text:table-of-content', 'text:alphabetical-index', 'text:illustration-index', 'text:table-index',
  'text:object-index', 'text:user-index', 'text:bibliography', 'office:annotation', 'text:tracked-changes',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'office:forms', 'draw:frame', 'draw:custom-shape',
  'table:covered-table-cell', 'text:bookmark-ref',
]);

const TAG = /<!--[\s\S]*?-->|<[!?][^>]*>|<(\/?)([\w.-]+:[\w.-]+|[\w.-]+)([^>]*?)(\/?)>|([^<]+)/g;

const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`\\b${name.replace(':', '\\:')}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1];

/** The styles a document declares (styles.xml, then content.xml's automatic ones): parents, emphasis, list kinds. */
function readStyles(xml: string, styles: Map<string, StyleFacts>): void {
  let current: StyleFacts | undefined;
  for (const [, closing, tag, attributes = ''] of xml.matchAll(TAG)) {
    if (!tag || closing) continue;
    if (tag === 'style:style') {
      const name = attribute(attributes, 'style:name');
      current = name ? { ...(attribute(attributes, 'style:parent-style-name') ? { parent: attribute(attributes, 'style:parent-style-name') } : {}) } : undefined;
      if (name && current) styles.set(name, current);
    } else if (tag === 'style:text-properties' && current) {
      const weight = attribute(attributes, 'fo:font-weight');
      const style = attribute(attributes, 'fo:font-style');
      if (weight) current.bold = weight === 'bold' || Number(weight) >= 600;
      if (style) current.italic = style === 'italic' || style === 'oblique';
    } else if (tag === 'text:list-style') {
      const name = attribute(attributes, 'style:name');
      current = name ? {} : undefined;
      if (name && current) styles.set(name, current);
    } else if ((tag === 'text:list-level-style-number' || tag === 'text:list-level-style-bullet') && current) {
      if (attribute(attributes, 'text:level') === '1') current.ordered = tag === 'text:list-level-style-number';
    }
  }
}

/** A style's facts with those it inherits (a LibreOffice « P1 » based on « Intervenant »). */
function resolved(styles: Map<string, StyleFacts>, name: string | undefined): { names: string[]; bold?: boolean; italic?: boolean } {
  const names: string[] = [];
  let bold: boolean | undefined;
  let italic: boolean | undefined;
  for (let at = name; at && !names.includes(at); at = styles.get(at)?.parent) {
    names.push(at);
    const facts = styles.get(at);
    bold ??= facts?.bold;
    italic ??= facts?.italic;
  }
  return { names, ...(bold !== undefined ? { bold } : {}), ...(italic !== undefined ? { italic } : {}) };
}

/** content.xml's body as HTML. */
export function odtBodyAsHtml(content: string, styles: Map<string, StyleFacts>): string {
  const body = /<office:text[^>]*>([\s\S]*)<\/office:text>/.exec(content)?.[1] ?? '';
  const out: string[] = [];
  /** The HTML closing each open element (empty for those that make none). */
  const open: string[] = [];
  const lists: Array<boolean | undefined> = [];
  let headerRows = 0;
  let skipping: { tag: string; depth: number } | undefined;

  const paragraphTags = (tag: string, attributes: string): [string, string] => {
    const style = resolved(styles, attribute(attributes, 'text:style-name'));
    const emphasis = `${style.bold ? '<strong>' : ''}${style.italic ? '<em>' : ''}`;
    const closeEmphasis = `${style.italic ? '</em>' : ''}${style.bold ? '</strong>' : ''}`;
    if (tag === 'text:h') {
      const level = Math.min(6, Math.max(1, Number(attribute(attributes, 'text:outline-level') ?? 1) || 1));
      return [`<h${level}>`, `</h${level}>`];
    }
    if (style.names.some((name) => TITLE_STYLES.has(name))) return ['<h1>', '</h1>'];
    const className = style.names.map((name) => (isContentsEntry(name) ? 'sommaire-entree' : STYLE_CLASSES[name])).find(Boolean);
    return [`<p${className ? ` class="${className}"` : ''}>${emphasis}`, `${closeEmphasis}</p>`];
  };

  for (const [, closing, tag, attributes = '', selfClosing, text] of body.matchAll(TAG)) {
    if (skipping) {
      if (tag === skipping.tag && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (text !== undefined) {
      out.push(text);
      continue;
    }
    if (!tag) continue;
    if (SKIPPED.has(tag)) {
      if (!closing && !selfClosing) skipping = { tag, depth: 1 };
      continue;
    }
    if (closing) {
      if (tag === 'text:list') lists.pop();
      if (tag === 'table:table-header-rows') headerRows--;
      out.push(open.pop() ?? '');
      continue;
    }
    if (selfClosing) {
      if (tag === 'text:s') out.push(' '.repeat(Math.max(1, Number(attribute(attributes, 'text:c') ?? 1) || 1)));
      else if (tag === 'text:tab') out.push('\t');
      else if (tag === 'text:line-break') out.push('<br/>');
      else if (tag === 'text:p' || tag === 'text:h') out.push(...paragraphTags(tag, attributes));
      continue;
    }
    let opening = '';
    let closer = '';
    if (tag === 'text:p' || tag === 'text:h') [opening, closer] = paragraphTags(tag, attributes);
    else if (tag === 'text:span') {
      const style = resolved(styles, attribute(attributes, 'text:style-name'));
      opening = `${style.bold ? '<strong>' : ''}${style.italic ? '<em>' : ''}`;
      closer = `${style.italic ? '</em>' : ''}${style.bold ? '</strong>' : ''}`;
    } else if (tag === 'text:list') {
      const own = styles.get(attribute(attributes, 'text:style-name') ?? '')?.ordered;
      const ordered = own ?? lists[lists.length - 1] ?? false;
      lists.push(ordered);
      [opening, closer] = ordered ? ['<ol>', '</ol>'] : ['<ul>', '</ul>'];
    } else if (tag === 'text:list-item' || tag === 'text:list-header') [opening, closer] = ['<li>', '</li>'];
    else if (tag === 'table:table') [opening, closer] = ['<table>', '</table>'];
    else if (tag === 'table:table-header-rows') headerRows++;
    else if (tag === 'table:table-row') [opening, closer] = ['<tr>', '</tr>'];
    else if (tag === 'table:table-cell') [opening, closer] = headerRows > 0 ? ['<th>', '</th>'] : ['<td>', '</td>'];
    out.push(opening);
    open.push(closer);
  }
  return out.join('');
}

/** Throws when the bytes are no OpenDocument text (the caller says so in French). */
export function readOdt(bytes: Uint8Array): SourceBlock[] {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' || file.name === 'styles.xml' });
  const content = files['content.xml'];
  if (!content) throw new Error('no content.xml');
  const styles = new Map<string, StyleFacts>();
  const stylesXml = files['styles.xml'];
  if (stylesXml) readStyles(strFromU8(stylesXml), styles);
  const contentXml = strFromU8(content);
  readStyles(/<office:automatic-styles[\s\S]*?<\/office:automatic-styles>/.exec(contentXml)?.[0] ?? '', styles);
  return readHtml(odtBodyAsHtml(contentXml, styles));
}
