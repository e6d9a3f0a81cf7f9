import type { ReviewSettings } from '../../shared/api/reviewSettings';
import { getJson, putJson } from './http';

/** The collective's review rules (W7): read by everyone, changed by the coordination. */
export function getReviewSettings(signal?: AbortSignal): Promise<ReviewSettings> {
  return getJson<ReviewSettings>('/api/settings/review', signal);
}

export function saveReviewSettings(settings: ReviewSettings): Promise<ReviewSettings> {
  return putJson<ReviewSettings>('/api/settings/review', settings);
}
