/**
 * `GET /api/minutes/:id/export/progress?ticket=…`: how many exports the server took before
 * the one the dialog named `ticket` and has not finished; null once that one is done or
 * before the server took it.
 */
export interface ExportProgress {
  ahead: number | null;
}

/** A `ticket`: the export dialog's name for one export, random. */
export const EXPORT_TICKET = /^[A-Za-z0-9_-]{8,64}$/;
