import type { ActionItemView } from '../../../shared/api/actionItems';
import type { CommentThread } from '../../../shared/api/comments';
import type { LetterFields, LetterFormat } from '../../../shared/api/letters';
import type { Plan } from '../../../shared/api/plans';
import type { ExportFormat } from '../../../shared/export/exportFormats';
import type { ExportInput } from '../../../shared/export/exportInput';
import type { ExportProfile } from '../../../shared/export/exportProfile';
import type { MinutesMeta } from '../../../shared/model/meta';
import type { ImportJob, ImportReply } from '../import/importJob';

/**
 * What the main thread sends an export worker: the document's bytes as stored and what
 * the server knows around it. Only what structured clone carries.
 */
export interface ExportJob {
  format: ExportFormat;
  /** The compacted state, null if none yet. */
  state: Uint8Array | null;
  /** The updates logged after it, oldest first. */
  updates: Uint8Array[];
  /** Every plan of the document's collective; the worker keeps those the body cites. */
  plans: Plan[];
  /**
   * `AAAA-MM-JJ`, in Paris, the compte-rendu was created on the server: the last resort for
   * « Paris, le … » when its header names neither the writing nor the meeting date.
   */
  createdOn: string;
  validation?: ExportInput['validation'];
  profile: ExportProfile;
  drops: ExportInput['drops'];
  comments?: CommentThread[];
}

/**
 * The « À suivre » list as a file (T6): the list is built into a document and rendered in
 * the worker too, as building and rendering 2,000 items holds a thread for about 0.4 s.
 */
export interface ActionItemsExportJob {
  kind: 'actionItems';
  format: 'odt' | 'docx';
  items: ActionItemView[];
  collective: string;
  /** `AAAA-MM-JJ` in Paris: the date the list is printed with. */
  today: string;
}

/**
 * A cover letter as a file (L-rules): its body document's bytes as stored, its fields, and
 * what it prints around them. Rendered in the worker like the minutes it sends.
 */
export interface LetterExportJob {
  kind: 'letter';
  format: LetterFormat;
  /** The body document's compacted state, null if none yet. */
  state: Uint8Array | null;
  /** The updates logged after it, oldest first. */
  updates: Uint8Array[];
  fields: LetterFields;
  /** Every plan of the collective, for the titles of the measures the body cites. */
  plans: Plan[];
  /** The collective's name, and its associations for « Associations membres du Collectif … ». */
  collective: string;
  members: string[];
}

/** Whatever an export worker renders, or reads (an import: the same threads, kept off the event loop). */
export type WorkerJob = ExportJob | ActionItemsExportJob | LetterExportJob | ImportJob;

/**
 * The worker's answer: the file's bytes (HTML and Markdown in UTF-8). For PDF the file is
 * the HTML page that the server's Chromium prints (renderPdf), which the event loop passes
 * on without reading. `unreadable`: the document does not load, or its body does not fit
 * the schema (M2).
 */
export type ExportReply =
  | { ok: true; file: Uint8Array; meta: MinutesMeta }
  | { ok: false; reason: 'unreadable' | 'failed'; message: string };

/** What the worker answers a job: an import its own reply, everything else a file. */
export type WorkerReply<Job extends WorkerJob = WorkerJob> = Job extends ImportJob ? ImportReply : ExportReply;
