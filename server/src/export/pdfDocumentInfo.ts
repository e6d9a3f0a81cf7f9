import { nextObjectNumber, withIncrementalUpdate } from './pdfIncrementalUpdate';
import { PdfObjects, lastTrailer, pdfBuffer, referenceIn } from './pdfObjects';

/** The document properties a PDF reader shows (pdfinfo: Title, Author, Subject, Creator). */
export interface PdfDocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeHtml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');

/**
 * The properties the HTML page declares in its head: <title>, and the author, description
 * (the subject) and generator meta tags that renderHtml writes. Only the head is read.
 */
export function documentInfoOfHtml(html: string): PdfDocumentInfo {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const meta = (name: string) => {
    const match = new RegExp(`<meta name="${name}" content="([^"]*)">`).exec(head);
    return match ? unescapeHtml(match[1] ?? '') : undefined;
  };
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1];
  const info: PdfDocumentInfo = {};
  if (title) info.title = unescapeHtml(title);
  for (const [key, name] of [['author', 'author'], ['subject', 'description'], ['creator', 'generator']] as const) {
    const value = meta(name);
    if (value) info[key] = value;
  }
  return info;
}

/** A PDF text string in UTF-16BE with its byte order mark, written in hexadecimal: any character, no escaping. */
const pdfString = (text: string): string => {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
};

const KEYS: Record<keyof PdfDocumentInfo, string> = { title: 'Title', author: 'Author', subject: 'Subject', creator: 'Creator' };

/**
 * The PDF with its document information replaced by `info`, as an incremental update: the
 * bytes Chromium wrote stay as they are. Chromium's producer and dates are kept.
 */
export function withDocumentInfo(pdf: Uint8Array, info: PdfDocumentInfo): Uint8Array {
  const bytes = pdfBuffer(pdf);
  const trailer = lastTrailer(bytes);
  const oldInfo = referenceIn(trailer.dictionary, 'Info');
  const kept = oldInfo === undefined ? '' : keptEntries(new PdfObjects(bytes, trailer.startxref).body(oldInfo));
  const entries = (Object.keys(KEYS) as Array<keyof PdfDocumentInfo>)
    .flatMap((key) => (info[key] ? [`/${KEYS[key]} ${pdfString(info[key])}`] : []))
    .join('\n');
  const number = oldInfo ?? nextObjectNumber(pdf);
  return withIncrementalUpdate(pdf, { objects: new Map([[number, `<<${entries}${kept}>>`]]), info: number });
}

const KEPT_KEYS = ['Producer', 'CreationDate', 'ModDate'];

/** The producer and dates of the information dictionary Chromium wrote, as they were written. */
function keptEntries(oldInfo: string): string {
  return KEPT_KEYS.map((key) => {
    const value = new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f]*>)`).exec(oldInfo)?.[1];
    return value ? `\n/${key} ${value}` : '';
  }).join('');
}
