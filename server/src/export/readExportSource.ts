import type * as Y from 'yjs';
import type { Plan } from '../../../shared/api/plans';
import type { ExportInput } from '../../../shared/export/exportInput';
import { type MinutesMeta, readMeta } from '../../../shared/model/meta';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { readParticipants } from '../../../shared/model/participants';
import { type ProseMirrorJSON, readBodyContent } from '../../../shared/schema/bodyContent';
import { integrateUpdate } from '../relay/integrateUpdate';
import type { ExportJob } from './exportJob';

/** The ids of the plans that the body's measure references point into. */
function referencedPlans(body: ProseMirrorJSON): Set<string> {
  const ids = new Set<string>();
  const visit = (node: { type?: string; attrs?: Record<string, unknown>; content?: unknown[] }) => {
    if (node.type === 'measureRef' && typeof node.attrs?.plan === 'string') ids.add(node.attrs.plan);
    for (const child of node.content ?? []) visit(child as typeof node);
  };
  visit(body);
  return ids;
}

/**
 * The day of « Paris, le … »: the writing date the header gives (`writtenOn`, set in the
 * editor or read by an import), else the meeting date, else the day the compte-rendu was
 * created. The meeting date comes before the creation day because minutes are written in the
 * days after the meeting, while a document is often created much later than that (an import
 * of old minutes, the demo seeded in 2026 for a meeting of 2013); the day of the last change
 * was worse still: every typo moved the date the minutes say they were written.
 */
export const writingDay = (meta: MinutesMeta, createdOn: string): string => meta.writtenOn ?? meta.meetingDate ?? createdOn;

/**
 * The stored document, each stored update integrated as the relay integrates one (R23):
 * one that does not load throws rather than being left out (M2). Values are judged as
 * stored: what was accepted under older rules still exports.
 */
export function buildDocument({ state, updates }: Pick<ExportJob, 'state' | 'updates'>): Y.Doc {
  const doc = newModelDoc();
  for (const [index, update] of (state ? [state, ...updates] : updates).entries()) {
    const refusal = integrateUpdate(doc, update, undefined, 'as stored');
    if (refusal) {
      doc.destroy();
      throw new Error(`${state && index === 0 ? 'the compacted state' : 'a logged update'} does not load: ${refusal.reason}`);
    }
  }
  return doc;
}

/**
 * The renderers' input from a job: metadata, participants, body and the plans it cites.
 * Runs in the export worker, where building and reading a long document costs no one's
 * typing. Throws when the document does not load or its body is unreadable (M2: reported,
 * never repaired).
 */
export function readExportSource(job: ExportJob): ExportInput {
  const doc = buildDocument(job);
  try {
    const content = readBodyContent(doc);
    const cited = referencedPlans(content);
    const meta = readMeta(doc);
    return {
      meta,
      participants: readParticipants(doc),
      content,
      plans: job.plans.filter((plan: Plan) => cited.has(plan.id)),
      writtenOn: writingDay(meta, job.createdOn),
      profile: job.profile,
      drops: job.drops,
      ...(job.validation ? { validation: job.validation } : {}),
      ...(job.comments ? { comments: job.comments } : {}),
    };
  } finally {
    doc.destroy();
  }
}
