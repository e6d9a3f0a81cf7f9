import { lastTrailer, pdfBuffer, referenceIn } from './pdfObjects';

/** What an incremental update writes: objects by number (new ones, or new versions of old ones) and the information dictionary's number. */
export interface PdfUpdate {
  /** The text between « N 0 obj » and « endobj », by object number. */
  objects: ReadonlyMap<number, string>;
  /** The information dictionary, when the update sets one; otherwise the last trailer's is kept. */
  info?: number;
}

/** The next free object number: the last trailer's /Size. */
export function nextObjectNumber(pdf: Uint8Array): number {
  const size = Number(/\/Size\s+(\d+)/.exec(lastTrailer(pdfBuffer(pdf)).dictionary)?.[1]);
  if (!Number.isInteger(size)) throw new Error('PDF trailer without /Size');
  return size;
}

/**
 * The PDF with `update` appended as an incremental update (PDF 1.7, 7.5.6): the bytes
 * already written stay as they are; new objects, a cross-reference section and a trailer
 * that chains to the previous one follow them.
 */
export function withIncrementalUpdate(pdf: Uint8Array, update: PdfUpdate): Uint8Array {
  const bytes = pdfBuffer(pdf);
  const trailer = lastTrailer(bytes);
  const root = referenceIn(trailer.dictionary, 'Root');
  if (root === undefined) throw new Error('PDF trailer without /Root');
  const info = update.info ?? referenceIn(trailer.dictionary, 'Info');
  const numbers = [...update.objects.keys()].sort((a, b) => a - b);
  const size = Math.max(nextObjectNumber(pdf), ...numbers.map((number) => number + 1));
  const separator = bytes.at(-1) === 0x0a ? '' : '\n';
  let text = separator;
  const offsets = new Map<number, number>();
  for (const number of numbers) {
    offsets.set(number, pdf.byteLength + Buffer.byteLength(text, 'latin1'));
    text += `${number} 0 obj\n${update.objects.get(number)}\nendobj\n`;
  }
  const xrefAt = pdf.byteLength + Buffer.byteLength(text, 'latin1');
  // One subsection per object: the numbers need not be consecutive.
  const entries = numbers.map((number) => `${number} 1\n${String(offsets.get(number)).padStart(10, '0')} 00000 n \n`).join('');
  text +=
    `xref\n${entries}trailer\n<</Size ${size}\n/Root ${root} 0 R${info === undefined ? '' : `\n/Info ${info} 0 R`}\n/Prev ${trailer.startxref}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  const appended = Buffer.from(text, 'latin1');
  const result = new Uint8Array(pdf.byteLength + appended.byteLength);
  result.set(pdf, 0);
  result.set(appended, pdf.byteLength);
  return result;
}
