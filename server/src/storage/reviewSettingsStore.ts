import { type ReviewSettings, defaultReviewSettings, reviewSettingsSchema } from '../../../shared/api/reviewSettings';

/** Each collective's review rules (e.g. members may only suggest while a text is in review). */
export interface ReviewSettingsStore {
  /** The collective's settings, or the defaults when it never changed them. */
  get(collectiveId: string): Promise<ReviewSettings>;
  save(collectiveId: string, settings: ReviewSettings): Promise<void>;
  close(): Promise<void>;
}

/**
 * The settings as stored (JSON, read and written whole, so a new switch needs no migration),
 * shared by the SQLite and PostgreSQL stores. A row written by an older version may lack a
 * newer switch: the defaults fill it in; a row no longer valid reads as the defaults.
 */
export function readStoredReviewSettings(json: string): ReviewSettings {
  const stored = reviewSettingsSchema.strip().safeParse({ ...defaultReviewSettings(), ...(JSON.parse(json) as object) });
  return stored.success ? stored.data : defaultReviewSettings();
}

/** What `save` writes: the settings checked, as JSON. */
export const storedReviewSettings = (settings: ReviewSettings): string => JSON.stringify(reviewSettingsSchema.parse(settings));
