import type { Plan } from '../../../shared/api/plans';
import type { ExportInput } from '../../../shared/export/exportInput';
import { readMeta } from '../../../shared/model/meta';
import { readParticipants } from '../../../shared/model/participants';
import { type ProseMirrorJSON, readBodyContent } from '../../../shared/schema/bodyContent';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { loadYDoc } from '../storage/loadYDoc';
import type { PlanStore } from '../storage/planStore';

/** What a compte-rendu contributes to an export; the caller adds the profile's drops. */
export type ExportSource = Omit<ExportInput, 'drops'>;

/** The ids of the plans that the body's measure references point into. */
function referencedPlans(body: ProseMirrorJSON): string[] {
  const ids = new Set<string>();
  const visit = (node: { type?: string; attrs?: Record<string, unknown>; content?: unknown[] }) => {
    if (node.type === 'measureRef' && typeof node.attrs?.plan === 'string') ids.add(node.attrs.plan);
    for (const child of node.content ?? []) visit(child as typeof node);
  };
  visit(body);
  return [...ids];
}

/** The calendar day in Paris of a server timestamp: the minutes' « Paris, le … » date. */
const parisDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/**
 * Reads a stored compte-rendu for export: metadata, participants, body and the titles of
 * the measures it cites, from the registry of the document's own collective (a reader from
 * another collective, through a share, sees the titles the authors chose). The date of the
 * header is the day of the last change, when the minutes were last written; validated
 * minutes carry their validation statement.
 * Undefined when the document has no stored state; throws when its body is unreadable.
 */
export async function loadExportSource(
  deps: { documents: DocumentStore; plans: PlanStore },
  record: DocumentRecord,
): Promise<ExportSource | undefined> {
  const loaded = await loadYDoc(deps.documents, record.id);
  if (!loaded) return undefined;
  try {
    const content = readBodyContent(loaded.doc);
    const plans = await Promise.all(referencedPlans(content).map((id) => deps.plans.get(record.collectiveId, id)));
    return {
      meta: readMeta(loaded.doc),
      participants: readParticipants(loaded.doc),
      content,
      plans: plans.filter((plan): plan is Plan => plan !== undefined),
      writtenOn: parisDay(record.updatedAt),
      ...(record.validation
        ? { validation: { meetingDate: record.validation.meetingDate, ...(record.validation.note ? { note: record.validation.note } : {}) } }
        : {}),
    };
  } finally {
    loaded.doc.destroy();
  }
}
