import * as Y from 'yjs';
import { z } from 'zod';
import '../api/frenchZodMessages';
import { calendarDateSchema } from './calendarDate';
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters, requiredSingleLineText, singleLineText, withoutControlCharacters } from './singleLineText';

/** Name of the Y.Map holding the metadata, beside the body fragment. */
export const META_MAP = 'meta';

/**
 * What the header of a compte-rendu says. Status is not here: the server owns it. Text fields
 * are one line without control characters and dates are real, plausible days (SPEC A2), here
 * for the API and the editor's form, and in the relay for what an editor writes (R23).
 */
export const minutesMetaSchema = z.object({
  title: requiredSingleLineText(300, 'le titre est obligatoire'),
  collective: singleLineText(300).optional(),
  meetingDate: calendarDateSchema.optional(),
  /** « Paris » — rendered as « Paris, le 26 novembre 2013 » with the writing date. */
  place: singleLineText(200).optional(),
  /** `AAAA-MM-JJ` the minutes were written (« Paris, le 26 novembre 2013 »), not the meeting's. */
  writtenOn: calendarDateSchema.optional(),
  /** « Sarah Berthelot, pour le secrétariat du Collectif » → « Compte-rendu réalisé par … ». */
  author: singleLineText(300).optional(),
});
export type MinutesMeta = z.infer<typeof minutesMetaSchema>;

export const META_KEYS = Object.keys(minutesMetaSchema.shape) as Array<keyof MinutesMeta>;

export const metaMap = (doc: Y.Doc): Y.Map<string> => doc.getMap<string>(META_MAP);

/** Sets the given fields; an empty string or undefined removes a field. */
export function writeMeta(doc: Y.Doc, meta: Partial<MinutesMeta>): void {
  const map = metaMap(doc);
  doc.transact(() => {
    for (const key of META_KEYS) {
      if (!(key in meta)) continue;
      const value = meta[key];
      if (value === undefined || value === '') map.delete(key);
      else if (map.get(key) !== value) map.set(key, value);
    }
  });
}

const DATE_KEYS: ReadonlySet<keyof MinutesMeta> = new Set(['meetingDate', 'writtenOn']);

/**
 * Why `value` cannot be written under `key` (French, lower-case, for the form and the log),
 * or undefined. Stricter than the schema on one point: a value as written may not even end
 * with a line break, since nothing trims what the CRDT carries.
 */
export function metaFieldProblem(key: keyof MinutesMeta, value: string): string | undefined {
  const parsed = minutesMetaSchema.shape[key].safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'valeur refusée';
  if (hasControlCharacters(value)) return CONTROL_CHARACTERS_MESSAGE;
  return undefined;
}

/**
 * Reads the metadata; fields that are not valid (a peer wrote garbage into the map)
 * are left out rather than failing the whole header. Text stored before control
 * characters were refused is shown without them.
 */
export function readMeta(doc: Y.Doc): MinutesMeta {
  const map = metaMap(doc);
  const meta: Record<string, string> = {};
  for (const key of META_KEYS) {
    const stored: unknown = map.get(key);
    if (typeof stored !== 'string') continue;
    const value = DATE_KEYS.has(key) ? stored : withoutControlCharacters(stored);
    if (minutesMetaSchema.shape[key].safeParse(value).success) meta[key] = value;
  }
  return { ...meta, title: meta.title ?? 'Sans titre' } as MinutesMeta;
}
