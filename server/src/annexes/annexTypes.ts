/** The kinds of file an annex may be (N2): documents the collective exchanges, and images. */
export const ANNEX_TYPES = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { mediaType: 'image/gif', extensions: ['gif'] },
  webp: { mediaType: 'image/webp', extensions: ['webp'] },
} as const satisfies Record<string, { mediaType: string; extensions: readonly string[] }>;

export type AnnexType = keyof typeof ANNEX_TYPES;

/** The extensions a file of `mediaType` may carry, the usual one first; none for a type we never store. */
export function extensionsOfMediaType(mediaType: string): readonly string[] {
  return Object.values(ANNEX_TYPES).find((type) => type.mediaType === mediaType)?.extensions ?? [];
}
