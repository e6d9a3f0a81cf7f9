import type { CommentThread } from '../api/comments';
import type { Plan } from '../api/plans';
import type { MinutesMeta } from '../model/meta';
import type { Participant } from '../model/participants';
import type { ProseMirrorJSON } from '../schema/bodyContent';
import type { ExportProfile, ProfileDrops } from './exportProfile';

/** The formal adoption of the minutes at a later meeting (added by the validation workflow). */
export interface ExportValidation {
  /** `AAAA-MM-JJ` of the meeting that adopted the minutes. */
  meetingDate: string;
  note?: string;
  /** SHA-256 (64 hex digits) of the validated version's content (W2); printed in the internal version only (W13). */
  versionHash?: string;
}

/** Everything a renderer needs: the compte-rendu as stored, plus what the server knows around it. */
export interface ExportInput {
  meta: MinutesMeta;
  participants: Participant[];
  /** The body, ProseMirror JSON as `readBodyContent` gives it. */
  content: ProseMirrorJSON;
  /** The plans its measure references point into, for the measures' titles. */
  plans: Plan[];
  /** `AAAA-MM-JJ` the minutes were written, for « Paris, le 26 novembre 2013 »; the meeting date otherwise. */
  writtenOn?: string;
  /** Present only while the compte-rendu is validated: never for a draft or a reopened one (W13). */
  validation?: ExportValidation;
  /**
   * The profile the file is made for. Only `internal` prints the validated version's hash;
   * without it the file is treated as external for that (W13).
   */
  profile?: ExportProfile;
  /** What to leave out: the drops of the chosen profile. */
  drops: ProfileDrops;
  /**
   * Comment threads to print as footnotes at the end of their anchored text; ignored when
   * `drops.comments` is set, so a profile that drops comments never shows one.
   */
  comments?: CommentThread[];
}
