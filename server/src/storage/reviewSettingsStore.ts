import type { ReviewSettings } from '../../../shared/api/reviewSettings';

/** Each collective's review rules (e.g. members may only suggest while a text is in review). */
export interface ReviewSettingsStore {
  /** The collective's settings, or the defaults when it never changed them. */
  get(collectiveId: string): Promise<ReviewSettings>;
  save(collectiveId: string, settings: ReviewSettings): Promise<void>;
  close(): Promise<void>;
}
