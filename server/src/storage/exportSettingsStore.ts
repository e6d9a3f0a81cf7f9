import { type ExportSettings, defaultExportSettings, exportSettingsSchema } from '../../../shared/export/exportSettings';

/**
 * Each collective's export rules: what the internal and external profiles drop, and
 * whether its readers may only download the external version.
 */
export interface ExportSettingsStore {
  /** The collective's settings, or the defaults when it never changed them. */
  get(collectiveId: string): Promise<ExportSettings>;
  save(collectiveId: string, settings: ExportSettings): Promise<void>;
  close(): Promise<void>;
}

/**
 * The settings as stored (JSON, read and written whole, so a new switch needs no migration),
 * shared by the SQLite and PostgreSQL stores. A row written by an older version may lack a
 * newer switch: the defaults fill it in; a row no longer valid reads as the defaults.
 */
export function readStoredExportSettings(json: string): ExportSettings {
  const stored = exportSettingsSchema.safeParse(mergeDefaults(JSON.parse(json)));
  return stored.success ? stored.data : defaultExportSettings();
}

/** What `save` writes: the settings checked, as JSON. */
export const storedExportSettings = (settings: ExportSettings): string => JSON.stringify(exportSettingsSchema.parse(settings));

function mergeDefaults(stored: unknown): unknown {
  const defaults = defaultExportSettings();
  if (typeof stored !== 'object' || stored === null) return defaults;
  const value = stored as { profiles?: Record<string, object>; readersExternalOnly?: unknown };
  return {
    readersExternalOnly: value.readersExternalOnly ?? defaults.readersExternalOnly,
    profiles: {
      internal: { ...defaults.profiles.internal, ...value.profiles?.internal },
      external: { ...defaults.profiles.external, ...value.profiles?.external },
    },
  };
}
