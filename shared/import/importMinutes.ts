import type { MinutesMeta } from '../model/meta';
import type { Participant } from '../model/participants';
import { type ProseMirrorJSON, checkedBody } from '../schema/bodyContent';
import { type ImportFormat, type ImportReport, NO_REMOVALS } from './importReport';
import { decodeText } from './decodeText';
import { ImportError } from './importError';
import { readDocx } from './readDocx';
import { readHtml } from './readHtml';
import { readMarkdown } from './readMarkdown';
import { readOdt } from './readOdt';
import { readText } from './readText';
import { type RecogniseOptions, recogniseMinutes } from './recognise/recogniseMinutes';

export type { RecogniseOptions as ImportOptions } from './recognise/recogniseMinutes';
export type { PlanRegistry } from './recognise/inlineContent';
export { ImportError } from './importError';

/** `{ meta, participants, content }` is a `POST /api/minutes` body; the report is for the person importing. */
export interface ImportedMinutes {
  meta: MinutesMeta;
  participants: Participant[];
  content: ProseMirrorJSON;
  report: ImportReport;
}

function checked(result: ImportedMinutes): ImportedMinutes {
  // The recogniser only builds valid nodes; this keeps a bug from ever reaching a document.
  checkedBody(result.content);
  return result;
}

export function importText(raw: string, options: RecogniseOptions = {}): ImportedMinutes {
  const { blocks, noise } = readText(raw);
  return checked(recogniseMinutes(blocks, { format: 'text', removed: { ...NO_REMOVALS, ...noise } }, options));
}

export function importMarkdown(raw: string, options: RecogniseOptions = {}): ImportedMinutes {
  const { blocks, frontMatter } = readMarkdown(raw);
  const withFrontMatter = { ...options, metaHints: { ...frontMatter, ...options.metaHints } };
  return checked(recogniseMinutes(blocks, { format: 'markdown', removed: NO_REMOVALS }, withFrontMatter));
}

export async function importDocx(bytes: Uint8Array, options: RecogniseOptions = {}): Promise<ImportedMinutes> {
  let blocks;
  try {
    blocks = await readDocx(bytes);
  } catch {
    throw new ImportError('unreadable_docx', 'Ce fichier .docx est illisible : enregistrez-le de nouveau depuis Word ou LibreOffice.');
  }
  return checked(recogniseMinutes(blocks, { format: 'docx', removed: NO_REMOVALS }, options));
}

/** An OpenDocument text, as LibreOffice saves it (and Minutier exports it). */
export function importOdt(bytes: Uint8Array, options: RecogniseOptions = {}): ImportedMinutes {
  let blocks;
  try {
    blocks = readOdt(bytes);
  } catch {
    throw new ImportError('unreadable_odt', 'Ce fichier .odt est illisible : enregistrez-le de nouveau depuis LibreOffice.');
  }
  return checked(recogniseMinutes(blocks, { format: 'odt', removed: NO_REMOVALS }, options));
}

/** A web page, such as Minutier's HTML export. */
export function importHtml(raw: string, options: RecogniseOptions = {}): ImportedMinutes {
  return checked(recogniseMinutes(readHtml(raw), { format: 'html', removed: NO_REMOVALS }, options));
}

export const IMPORT_EXTENSIONS: Record<string, ImportFormat> = {
  '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.docx': 'docx', '.odt': 'odt', '.html': 'html', '.htm': 'html',
};

/** The extensions as the French messages list them. */
export const IMPORT_EXTENSIONS_TEXT = '.txt, .md, .docx, .odt ou .html';

export const formatOfFileName = (name: string): ImportFormat | undefined =>
  IMPORT_EXTENSIONS[(/\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '')];

export const unsupportedFormatMessage = (name: string): string =>
  `Format non pris en charge (${/\.[^.]+$/.exec(name)?.[0] ?? 'sans extension'}) : importez un fichier ${IMPORT_EXTENSIONS_TEXT}.`;

/** Any accepted file by its name: `.txt`, `.md`, `.docx`, `.odt`, `.html`. Throws ImportError for what cannot be read. */
export async function importFile(name: string, bytes: Uint8Array, options: RecogniseOptions = {}): Promise<ImportedMinutes> {
  const format = formatOfFileName(name);
  if (!format) throw new ImportError('unsupported_format', unsupportedFormatMessage(name));
  if (bytes.length === 0) throw new ImportError('empty_file', 'Le fichier est vide.');
  const fallbackTitle = name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || undefined;
  const withTitle = { ...(fallbackTitle ? { fallbackTitle } : {}), ...options };
  if (format === 'docx') return importDocx(bytes, withTitle);
  if (format === 'odt') return importOdt(bytes, withTitle);
  const text = decodeText(bytes);
  if (!text.trim()) throw new ImportError('empty_file', 'Le fichier ne contient aucun texte.');
  if (format === 'html') return importHtml(text, withTitle);
  return format === 'markdown' ? importMarkdown(text, withTitle) : importText(text, withTitle);
}
