import * as Y from 'yjs';
import { z } from 'zod';

/** Name of the Y.Map holding the metadata, beside the body fragment. */
export const META_MAP = 'meta';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');

/** What the header of a compte-rendu says. Status is not here: the server owns it. */
export const minutesMetaSchema = z.object({
  title: z.string().trim().min(1, 'le titre est obligatoire').max(300),
  collective: z.string().trim().max(300).optional(),
  meetingDate: isoDate.optional(),
  /** « Paris » — rendered as « Paris, le 26 novembre 2013 » with the writing date. */
  place: z.string().trim().max(200).optional(),
  /** `AAAA-MM-JJ` the minutes were written (« Paris, le 26 novembre 2013 »), not the meeting's. */
  writtenOn: isoDate.optional(),
  /** « Sarah Berthelot, pour le secrétariat du Collectif » → « Compte-rendu réalisé par … ». */
  author: z.string().trim().max(300).optional(),
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

/**
 * Reads the metadata; fields that are not valid (a peer wrote garbage into the map)
 * are left out rather than failing the whole header.
 */
export function readMeta(doc: Y.Doc): MinutesMeta {
  const map = metaMap(doc);
  const meta: Record<string, string> = {};
  for (const key of META_KEYS) {
    const value = map.get(key);
    if (minutesMetaSchema.shape[key].safeParse(value).success && value !== undefined) meta[key] = value;
  }
  return { ...meta, title: meta.title ?? 'Sans titre' } as MinutesMeta;
}
