import { readHtml } from './readHtml';
import type { SourceBlock } from './sourceBlock';

/** Word's title style is the document's title; images are dropped (minutes are text). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Titre'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

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
