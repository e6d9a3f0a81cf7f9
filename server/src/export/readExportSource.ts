import type * as Y from 'yjs';
import type { Plan } from '../../../shared/api/plans';
import type { ExportInput } from '../../../shared/export/exportInput';
import { readMeta } from '../../../shared/model/meta';
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
 * The stored document, each stored update integrated as the relay integrates one (R23):
 * one that does not load throws rather than being left out (M2).
 */
function buildDocument({ state, updates }: ExportJob): Y.Doc {
  const doc = newModelDoc();
  for (const [index, update] of (state ? [state, ...updates] : updates).entries()) {
    const refusal = integrateUpdate(doc, update);
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
    return {
      meta: readMeta(doc),
      participants: readParticipants(doc),
      content,
      plans: job.plans.filter((plan: Plan) => cited.has(plan.id)),
      writtenOn: job.writtenOn,
      profile: job.profile,
      drops: job.drops,
      ...(job.validation ? { validation: job.validation } : {}),
      ...(job.comments ? { comments: job.comments } : {}),
    };
  } finally {
    doc.destroy();
  }
}
