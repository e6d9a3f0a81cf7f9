import { PdfObjects, REFERENCE, lastTrailer, pdfBuffer, referenceIn } from './pdfObjects';

/** The page objects in reading order, walking the page tree from its root. */
function pagesInOrder(objects: PdfObjects, root: number): number[] {
  const pages: number[] = [];
  const visit = (number: number, depth: number) => {
    if (depth > 32) throw new Error('PDF page tree too deep');
    const body = objects.body(number);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (!kids || /\/Type\s*\/Page\b(?!s)/.test(body)) {
      pages.push(number);
      return;
    }
    for (const kid of (kids[1] ?? '').matchAll(new RegExp(REFERENCE.source, 'g'))) visit(Number(kid[1]), depth + 1);
  };
  visit(root, 0);
  return pages;
}

/**
 * The page (from 1) each named destination of a PDF printed by Chromium points to: Chromium
 * names a destination after every element id a link of the page points to (« section-3 »).
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const bytes = pdfBuffer(pdf);
  const trailer = lastTrailer(bytes);
  const objects = new PdfObjects(bytes, trailer.startxref);
  const root = referenceIn(trailer.dictionary, 'Root');
  if (root === undefined) throw new Error('PDF without a catalog');
  const catalog = objects.body(root);
  const pagesRoot = referenceIn(catalog, 'Pages');
  const dests = referenceIn(catalog, 'Dests');
  const pages = new Map<string, number>();
  if (pagesRoot === undefined || dests === undefined) return pages;
  const pageNumbers = new Map(pagesInOrder(objects, pagesRoot).map((page, index) => [page, index + 1]));
  // « /section-3 [19 0 R /XYZ 0 331.9 0] »
  for (const [, name, page] of objects.body(dests).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const number = pageNumbers.get(Number(page));
    if (name && number !== undefined) pages.set(decodeName(name), number);
  }
  return pages;
}

/** A PDF name writes bytes outside a few printable ones as « #xx ». */
const decodeName = (name: string): string => name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
