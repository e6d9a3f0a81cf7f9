import type { ExportSettings } from '../../../shared/export/exportSettings';

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
