import type { Plan } from '../../../shared/api/plans';
import type { DocumentRecord, DocumentStore, Validation } from '../storage/documentStore';
import type { PlanStore } from '../storage/planStore';
import type { ReviewStore } from '../storage/reviewStore';
import type { ExportJob } from './exportJob';

/** `AAAA-MM-JJ` in Paris; built once: a formatter costs half a millisecond of the event loop. */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Paris of a server timestamp. */
const parisDay = (iso: string): string => PARIS_DAY.format(new Date(iso));

/** The validation statement, with the validated version's hash (W13: the internal version prints it). */
async function validationOf(review: ReviewStore, documentId: string, validation: Validation): Promise<NonNullable<ExportJob['validation']>> {
  const versionHash = (await review.getVersion(documentId, validation.versionId))?.version.hash;
  return { meetingDate: validation.meetingDate, ...(validation.note ? { note: validation.note } : {}), ...(versionHash ? { versionHash } : {}) };
}

/**
 * Reads a stored compte-rendu for an export worker: its bytes as stored (one read
 * transaction) and the plans of the document's own collective (a reader from another
 * collective, through a share, sees the titles the authors chose), and the day it was
 * created, the header's date of last resort (`writingDay`); validated minutes carry their
 * validation statement and version hash. The worker builds the document: for
 * 100 pages that took 20–40 ms of the event loop here, 130 ms when four exports came at once.
 * Undefined for an unknown document.
 */
export async function loadExportJob(
  deps: { documents: DocumentStore; plans: PlanStore; review: ReviewStore },
  record: DocumentRecord,
  request: Pick<ExportJob, 'format' | 'profile' | 'drops' | 'comments'>,
): Promise<ExportJob | undefined> {
  const stored = await deps.documents.load(record.id);
  if (!stored) return undefined;
  const listed = await deps.plans.list(record.collectiveId);
  const plans = await Promise.all(listed.map(({ id }) => deps.plans.get(record.collectiveId, id)));
  return {
    ...request,
    state: stored.state,
    updates: stored.updates,
    plans: plans.filter((plan): plan is Plan => plan !== undefined),
    createdOn: parisDay(record.createdAt),
    ...(record.validation ? { validation: await validationOf(deps.review, record.id, record.validation) } : {}),
  };
}
