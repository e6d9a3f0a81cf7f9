import { type ReviewSettings, defaultReviewSettings } from '../../../shared/api/reviewSettings';
import { type ExportSettings, defaultExportSettings } from '../../../shared/export/exportSettings';
import type { SettingsSamples } from './settingsStoreContract';

/** Export settings for `settingsStoreContract`, the same for every engine. */
export const exportSettingsSamples: SettingsSamples<ExportSettings> = {
  defaults: defaultExportSettings(),
  changed: {
    profiles: {
      internal: { actionItems: true, annexes: false, nextMeetings: true, comments: true },
      external: { actionItems: false, annexes: true, nextMeetings: false, comments: true },
    },
    readersExternalOnly: true,
  },
  // Written before `readersExternalOnly` and the `comments` switch existed.
  older: {
    json: '{"profiles":{"internal":{"actionItems":true,"annexes":false,"nextMeetings":false}}}',
    reads: { ...defaultExportSettings(), profiles: { ...defaultExportSettings().profiles, internal: { actionItems: true, annexes: false, nextMeetings: false, comments: false } } },
  },
};

/** Review settings for `settingsStoreContract`, the same for every engine. */
export const reviewSettingsSamples: SettingsSamples<ReviewSettings> = {
  defaults: defaultReviewSettings(),
  changed: { membersSuggestOnlyInReview: true },
  older: { json: '{}', reads: defaultReviewSettings() },
};
