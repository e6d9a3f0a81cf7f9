import { z } from 'zod';
import { type ExportProfile, type ProfileDrops, defaultProfileDrops } from './exportProfile';

const profileDropsSchema = z.object({
  actionItems: z.boolean(),
  annexes: z.boolean(),
  nextMeetings: z.boolean(),
  comments: z.boolean(),
}) satisfies z.ZodType<ProfileDrops>;

/** A collective's export rules: what each profile drops, and whether readers only get `external`. */
export const exportSettingsSchema = z.object({
  profiles: z.object({
    internal: profileDropsSchema,
    // The external version goes to partners: its comments switch is always « dropped » (see exportDrops).
    external: profileDropsSchema.transform((drops) => ({ ...drops, comments: true })),
  }) satisfies z.ZodType<
    Record<ExportProfile, ProfileDrops>
  >,
  /** Readers (e.g. partners given read access) may download the external version only. */
  readersExternalOnly: z.boolean(),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;

export const defaultExportSettings = (): ExportSettings => ({
  profiles: { internal: { ...defaultProfileDrops.internal }, external: { ...defaultProfileDrops.external } },
  readersExternalOnly: false,
});

/** `GET /api/minutes/:id/export/options`: what the export dialog may offer for one document. */
export interface ExportOptionsResponse {
  profiles: Record<ExportProfile, ProfileDrops>;
  /** The profiles the caller may download (a reader may be limited to `external`). */
  allowedProfiles: ExportProfile[];
  /** False when the server cannot print PDF: the dialog offers the browser's print instead. */
  pdfAvailable: boolean;
}
