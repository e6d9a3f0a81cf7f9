import { readHtml } from './readHtml';
import type { SourceBlock } from './sourceBlock';

/**
 * Word's title style is the document's title; images are dropped (minutes are text).
 * The styles Minutier's DOCX export gives an « À suivre » box and a speaker's label (their
 * names in shared/export/docxStyles.ts) become the classes readHtml knows them by.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titre'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='À suivre — titre'] => p.a-suivre-titre:fresh",
  "p[style-name='À suivre — détails'] => p.a-suivre-details:fresh",
  "p[style-name='À suivre'] => p.a-suivre:fresh",
  "p[style-name='Intervenant'] => p.intervenant:fresh",
  // The table of contents (Word's « toc 1 », LibreOffice's « Contents 1 »): generated, with page numbers.
  "p[style-name='TOC Heading'] => p:fresh",
  "p[style-name^='toc'] => p.sommaire-entree:fresh",
  "p[style-name^='TOC'] => p.sommaire-entree:fresh",
  "p[style-name^='Contents'] => p.sommaire-entree:fresh",
];

/** A .docx file as blocks: mammoth turns it into HTML, read like any other source. */
export async function readDocx(bytes: Uint8Array): Promise<SourceBlock[]> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build opens `buffer`, its browser build `arrayBuffer`: both are given.
  const input = Object.assign({ arrayBuffer }, { buffer: bytes });
  // Loaded when a .docx comes in, not with every server start.
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml(input, {
    styleMap: STYLE_MAP,
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  });
  return readHtml(value);
}
