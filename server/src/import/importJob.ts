import type { ImportError, PlanRegistry } from '../../../shared/import/importMinutes';
import type { ImportReport } from '../../../shared/import/importReport';
import type { MinutesMeta } from '../../../shared/model/meta';

/**
 * An uploaded file for the export worker to read, recognise and turn into a new
 * compte-rendu's initial state: for 100 pages that takes 200–450 ms, which on the event
 * loop held every keystroke relayed meanwhile. Only what structured clone carries.
 */
export interface ImportJob {
  kind: 'import';
  /** The file's name: its extension says its format, its stem is the last-resort title. */
  name: string;
  bytes: Uint8Array;
  /** The collective's plan that measure references point into. */
  plan?: PlanRegistry;
  /** The collective's associations: organisations wherever the file names them. */
  knownOrganisations: string[];
}

/** Why a file is not imported; each answers its own HTTP status and French message. */
export type ImportRefusal = ImportError['code'] | 'not_minutes' | 'invalid_content';

/**
 * The worker's answer: the new document's metadata and initial state, ready to store, and
 * the report for the person importing; or why the file is refused. `failed`: a bug or a
 * lost worker, never the file's fault.
 */
export type ImportReply =
  | { ok: true; meta: MinutesMeta; state: Uint8Array; report: ImportReport }
  | { ok: false; reason: 'refused'; code: ImportRefusal; message: string }
  | { ok: false; reason: 'failed'; message: string };
