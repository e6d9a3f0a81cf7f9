import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { type AnnexStore, annexBlobKey } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import { Slots } from '../export/slots';
import type { Logger } from '../log';
import { ANNEX_TYPES } from './annexTypes';
import { type AnnexBookmark, annexBookmarksUpdate } from './annexBookmarks';
import { readMergedPdf } from './readMergedPdf';
import { runQpdf } from './runQpdf';
import { storedAnnexReferences } from './storedAnnexReferences';

/** What became of the body's file annexes, by number (N5): appended, or left out and why. */
export interface AppendedAnnexes {
  pdf: Uint8Array;
  appended: number[];
  /** File annexes that are not PDFs (images, ODT, DOCX): never appended. */
  notPdf: number[];
  /** PDF annexes left out: qpdf cannot read them (encrypted with a password, broken), their bytes are gone, or they pass the page budget. */
  leftOut: number[];
}

/**
 * The most pages appended to one export: beyond, an annex is left out. Keeps the merged
 * file's page list, which the event loop parses, to a few milliseconds of work.
 */
export const MAX_APPENDED_PAGES = 2000;

/** The work is qpdf's, on 2 cores shared with the relay: one merge at a time. */
const merging = new Slots(1);

/** « Annexe N - <label, or the file's name> », the bookmark of an annex (as the bundle names it, N6). */
export const annexBookmarkTitle = (number: number, label: string, name: string): string => `Annexe ${number} - ${label.trim() || name}`;

/** A clean copy of an uploaded PDF, decrypted when it has no user password, and its page count; undefined when qpdf cannot read it. */
async function readableCopy(source: string, target: string): Promise<number | undefined> {
  const copied = await runQpdf(['--warning-exit-0', '--decrypt', source, target]);
  if (!copied.ok) return undefined;
  const counted = await runQpdf(['--show-npages', target]);
  const pages = counted.ok ? Number(counted.stdout.trim()) : 0;
  return Number.isInteger(pages) && pages > 0 ? pages : undefined;
}

/**
 * The minutes' PDF followed by the PDF file annexes of its body, in document order (N8):
 * each annex is first copied by qpdf on its own, so one it cannot read is left out without
 * failing the others, then all are merged by qpdf (the minutes' outline, named destinations
 * and properties kept), and one bookmark « Annexe N - … » per appended annex is added after
 * the minutes' own. Every step runs in a qpdf child process, in a temporary folder removed
 * at the end. Undefined when the compte-rendu is gone; throws when the merge itself fails.
 */
export async function appendPdfAnnexes(
  deps: { documents: DocumentStore; annexes: AnnexStore; blobs: BlobStore },
  logger: Logger,
  record: DocumentRecord,
  minutesPdf: Uint8Array,
): Promise<AppendedAnnexes | undefined> {
  const references = await storedAnnexReferences(deps.documents, record.id);
  if (!references) return undefined;
  const release = await merging.acquire();
  const dir = await mkdtemp(join(tmpdir(), 'minutier-annexes-'));
  try {
    const result: Omit<AppendedAnnexes, 'pdf'> = { appended: [], notPdf: [], leftOut: [] };
    let budget = MAX_APPENDED_PAGES;
    const parts: Array<{ file: string; pages: number; bookmark: string }> = [];
    for (const reference of references) {
      if (reference.kind !== 'file') continue;
      const annex = await deps.annexes.get(record.id, reference.annexId);
      if (annex && annex.mediaType !== ANNEX_TYPES.pdf.mediaType) {
        result.notPdf.push(reference.number);
        continue;
      }
      const blob = annex ? await deps.blobs.stream(annexBlobKey(annex)) : undefined;
      if (!annex || !blob) {
        logger.warn('api.pdf_annex_missing', { doc: record.id, annex: reference.annexId.slice(0, 40) });
        result.leftOut.push(reference.number);
        continue;
      }
      const uploaded = join(dir, `upload-${reference.number}.pdf`);
      const copy = join(dir, `annex-${reference.number}.pdf`);
      await pipeline(Readable.from(blob), createWriteStream(uploaded));
      const pages = await readableCopy(uploaded, copy);
      await rm(uploaded, { force: true });
      if (pages === undefined || pages > budget) {
        logger.warn('api.pdf_annex_left_out', { doc: record.id, annex: annex.id, reason: pages === undefined ? 'unreadable' : 'too_many_pages' });
        result.leftOut.push(reference.number);
        continue;
      }
      budget -= pages;
      parts.push({ file: copy, pages, bookmark: annexBookmarkTitle(reference.number, reference.label, annex.name) });
      result.appended.push(reference.number);
    }
    if (parts.length === 0) return { ...result, pdf: minutesPdf };

    const minutes = join(dir, 'minutes.pdf');
    const merged = join(dir, 'merged.pdf');
    const update = join(dir, 'bookmarks.json');
    const final = join(dir, 'final.pdf');
    await writeFile(minutes, minutesPdf);
    const merge = await runQpdf(['--warning-exit-0', minutes, '--pages', '.', ...parts.map((part) => part.file), '--', merged]);
    if (!merge.ok) throw new Error(`qpdf could not merge the annexes: ${merge.message}`);
    const { pages, outline } = await readMergedPdf(merged);
    const minutesPages = pages.length - parts.reduce((sum, part) => sum + part.pages, 0);
    if (minutesPages < 1) throw new Error(`merged PDF has ${pages.length} pages, fewer than its parts`);
    let firstPage = minutesPages;
    const bookmarks: AnnexBookmark[] = parts.map((part) => {
      const bookmark = { title: part.bookmark, pageRef: pages[firstPage] as string };
      firstPage += part.pages;
      return bookmark;
    });
    await writeFile(update, JSON.stringify(annexBookmarksUpdate(outline, bookmarks)));
    const marked = await runQpdf(['--warning-exit-0', merged, `--update-from-json=${update}`, final]);
    if (!marked.ok) throw new Error(`qpdf could not add the annex bookmarks: ${marked.message}`);
    return { ...result, pdf: await readFile(final) };
  } finally {
    release();
    await rm(dir, { recursive: true, force: true });
  }
}
