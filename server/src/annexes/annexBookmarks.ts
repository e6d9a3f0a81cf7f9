/**
 * The bookmarks of the appended annexes (N8), as a qpdf JSON v2 update (`--update-from-json`):
 * one top-level outline item per annex after the minutes' own items, which stay as they
 * are. Working on qpdf's parsed objects, never on the PDF's text, is what makes this safe
 * on a file that holds uploaded PDFs.
 */

/** A PDF object as qpdf JSON v2 writes it: references « 12 0 R », names « /Name », strings « u:… ». */
export type QpdfValue = string | number | boolean | null | QpdfValue[] | { [key: string]: QpdfValue };
export type QpdfDictionary = { [key: string]: QpdfValue };

/** What the merged file already has, read by qpdf. */
export interface MergedOutline {
  /** The catalog's reference and value. */
  catalog: { ref: string; value: QpdfDictionary };
  /** The outline root (« /Outlines »), when the minutes have one. */
  root?: { ref: string; value: QpdfDictionary };
  /** The last top-level item of the minutes' outline and its value, when there is one. */
  lastItem?: { ref: string; value: QpdfDictionary };
  /** How many top-level items the minutes' outline has. */
  topLevelCount: number;
  /** The highest object number in the file: new objects are numbered after it. */
  maxObjectId: number;
}

export interface AnnexBookmark {
  title: string;
  /** The reference of the annex's first page in the merged file. */
  pageRef: string;
}

/** The `qpdf` part of an update that adds `bookmarks` after the existing top-level items. */
export function annexBookmarksUpdate(merged: MergedOutline, bookmarks: AnnexBookmark[]): { qpdf: [object, Record<string, { value: QpdfValue }>] } {
  const objects: Record<string, { value: QpdfValue }> = {};
  const set = (ref: string, value: QpdfDictionary) => {
    objects[`obj:${ref}`] = { value };
  };
  const refs = bookmarks.map((_, i) => `${merged.maxObjectId + 1 + i} 0 R`);
  const rootRef = merged.root?.ref ?? `${merged.maxObjectId + bookmarks.length + 1} 0 R`;
  bookmarks.forEach((bookmark, i) => {
    const previous = i > 0 ? refs[i - 1] : merged.lastItem?.ref;
    const next = refs[i + 1];
    set(refs[i] as string, {
      '/Title': `u:${bookmark.title}`,
      '/Parent': rootRef,
      '/Dest': [bookmark.pageRef, '/Fit'],
      ...(previous ? { '/Prev': previous } : {}),
      ...(next ? { '/Next': next } : {}),
    });
  });
  if (merged.lastItem) set(merged.lastItem.ref, { ...merged.lastItem.value, '/Next': refs[0] as string });
  // The root counts every visible item; top-level items are always visible.
  const count = merged.root?.value['/Count'];
  const visible = typeof count === 'number' ? Math.max(Math.abs(count), merged.topLevelCount) : merged.topLevelCount;
  set(rootRef, {
    ...(merged.root?.value ?? { '/Type': '/Outlines' }),
    '/First': merged.lastItem ? (merged.root?.value['/First'] ?? refs[0]) as QpdfValue : (refs[0] as string),
    '/Last': refs[refs.length - 1] as string,
    '/Count': visible + bookmarks.length,
  });
  if (!merged.root) set(merged.catalog.ref, { ...merged.catalog.value, '/Outlines': rootRef });
  const header = { jsonversion: 2, pushedinheritedpageresources: false, calledgetallpages: false, maxobjectid: merged.maxObjectId };
  return { qpdf: [header, objects] };
}
