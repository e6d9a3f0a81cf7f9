import { z } from 'zod';
import './frenchZodMessages';

/** `GET`/`PUT /api/settings/review`: a collective's rules for the review (relecture). */
export const reviewSettingsSchema = z
  .object({
    /**
     * While a compte-rendu is `review`, a `member` may only suggest changes: the relay
     * refuses their direct edits (SPEC R20, R21).
     */
    membersSuggestOnlyInReview: z.boolean(),
  })
  .strict();
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

export const defaultReviewSettings = (): ReviewSettings => ({ membersSuggestOnlyInReview: false });
