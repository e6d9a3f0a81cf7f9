import { withIncrementalUpdate } from './pdfIncrementalUpdate';
import { PdfObjects, lastTrailer, pdfBuffer, referenceIn } from './pdfObjects';

/**
 * Structure types Chromium writes that only PDF 2.0 defines, and the PDF 1.7 type each stands
 * for. Chromium tags an <aside> (the « À suivre » boxes) as /Aside in a PDF 1.4 file: a PDF
 * 1.7 reader (poppler, PDF/UA-1 checkers, screen readers through Acrobat) drops the element
 * and its text from the structure unless the role map says what it is.
 */
const ROLES: Record<string, string> = { Aside: 'Div' };

/**
 * The PDF with a role map on its structure tree root, as an incremental update; unchanged if
 * it is not tagged or already has a role map.
 */
export function withStandardStructureTypes(pdf: Uint8Array): Uint8Array {
  const bytes = pdfBuffer(pdf);
  const trailer = lastTrailer(bytes);
  const objects = new PdfObjects(bytes, trailer.startxref);
  const root = referenceIn(trailer.dictionary, 'Root');
  if (root === undefined) throw new Error('PDF without a catalog');
  const structTreeRoot = referenceIn(objects.body(root), 'StructTreeRoot');
  if (structTreeRoot === undefined) return pdf;
  const body = objects.body(structTreeRoot);
  const end = body.lastIndexOf('>>');
  if (body.includes('/RoleMap') || end < 0) return pdf;
  const roleMap = Object.entries(ROLES)
    .map(([type, role]) => `/${type} /${role}`)
    .join(' ');
  return withIncrementalUpdate(pdf, { objects: new Map([[structTreeRoot, `${body.slice(0, end).trim()}\n/RoleMap <<${roleMap}>>>>`]]) });
}
