import { z } from 'zod';
import type { MergedOutline, QpdfDictionary, QpdfValue } from './annexBookmarks';
import { runQpdf } from './runQpdf';

const reference = z.string().regex(/^\d+ \d+ R$/);
const value: z.ZodType<QpdfValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(value), z.record(z.string(), value)]));
const dictionary = z.record(z.string(), value);

/** qpdf's `--json=2` answer, reduced to the keys we ask for. */
const qpdfJson = z.object({
  pages: z.array(z.object({ object: reference })).optional(),
  outlines: z.array(z.object({ object: reference })).optional(),
  qpdf: z.tuple([z.object({ maxobjectid: z.number().int().nonnegative() }), z.record(z.string(), z.object({ value }))]),
});

/** qpdf's view of `file`: `keys` (pages, outlines…) and the objects named by `objects` (`trailer`, `12`…). */
async function qpdfView(file: string, keys: string[], objects: string[]): Promise<z.infer<typeof qpdfJson>> {
  const args = ['--json=2', '--json-key=qpdf', ...keys.map((key) => `--json-key=${key}`), ...objects.map((object) => `--json-object=${object}`), file];
  const run = await runQpdf(args);
  if (!run.ok) throw new Error(`qpdf could not read the merged PDF: ${run.message}`);
  return qpdfJson.parse(JSON.parse(run.stdout));
}

const objectNumber = (ref: string): string => ref.split(' ')[0] as string;

/** The value of the object `ref` of a view, when it is a dictionary. */
function dictionaryOf(view: z.infer<typeof qpdfJson>, ref: string): QpdfDictionary | undefined {
  const parsed = dictionary.safeParse(view.qpdf[1][`obj:${ref}`]?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The pages (references in reading order) and the outline of the merged PDF, read by qpdf in
 * a child process: three small JSON answers (pages and trailer; catalog and last top-level
 * item; outline root), never the whole file's objects.
 */
export async function readMergedPdf(file: string): Promise<{ pages: string[]; outline: MergedOutline }> {
  const first = await qpdfView(file, ['pages', 'outlines'], ['trailer']);
  const catalogRef = reference.parse(first.qpdf[1].trailer?.value && (first.qpdf[1].trailer.value as QpdfDictionary)['/Root']);
  const topLevel = first.outlines ?? [];
  const lastRef = topLevel.at(-1)?.object;
  const second = await qpdfView(file, [], [objectNumber(catalogRef), ...(lastRef ? [objectNumber(lastRef)] : [])]);
  const catalog = dictionaryOf(second, catalogRef);
  if (!catalog) throw new Error('merged PDF without a catalog dictionary');
  const lastValue = lastRef ? dictionaryOf(second, lastRef) : undefined;
  const rootRef = reference.safeParse(catalog['/Outlines']);
  const rootValue = rootRef.success ? dictionaryOf(await qpdfView(file, [], [objectNumber(rootRef.data)]), rootRef.data) : undefined;
  return {
    pages: (first.pages ?? []).map((page) => page.object),
    outline: {
      catalog: { ref: catalogRef, value: catalog },
      ...(rootRef.success && rootValue ? { root: { ref: rootRef.data, value: rootValue } } : {}),
      ...(lastRef && lastValue && rootValue ? { lastItem: { ref: lastRef, value: lastValue } } : {}),
      topLevelCount: rootValue ? topLevel.length : 0,
      maxObjectId: first.qpdf[0].maxobjectid,
    },
  };
}
