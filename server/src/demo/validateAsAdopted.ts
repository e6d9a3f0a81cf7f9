import * as Y from 'yjs';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import { contentHash, contentOf } from '../../../shared/review/documentContent';
import { newId } from '../auth/secrets';
import { takeSnapshot } from '../review/versionSnapshot';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore, Validation } from '../storage/documentStore';
import type { ReviewStore, VersionRecord } from '../storage/reviewStore';

export interface DemoSeriesStores {
  documents: DocumentStore;
  review: ReviewStore;
  accounts: Pick<AccountStore, 'listAssociations'>;
}

/** Who validated the demo's minutes: no account of this server did, and none is named. */
const DEMO_VALIDATOR = 'demo';

/**
 * Records a just-seeded demo document as validated at the meeting of `meetingDate`, as the
 * review would have (W4): a version of its exact text, then the frozen status pointing at it.
 * Done at start-up, before the relay opens any document.
 */
export async function validateAsAdopted(stores: DemoSeriesStores, documentId: string, meetingDate: string): Promise<Validation> {
  const stored = await stores.documents.load(documentId);
  if (!stored) throw new Error(`unknown demo document ${documentId}`);
  const doc = new Y.Doc({ gc: false });
  try {
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const version: VersionRecord = {
      id: newId(),
      documentId,
      label: `Version validée (réunion du ${frenchLongDate(meetingDate) ?? meetingDate})`,
      kind: 'validation',
      hash: contentHash(contentOf(doc)),
      createdAt: new Date().toISOString(),
      createdBy: DEMO_VALIDATOR,
    };
    await stores.review.createVersion(version, takeSnapshot(doc));
    const validation: Validation = {
      meetingDate,
      note: null,
      versionId: version.id,
      validatedAt: version.createdAt,
      validatedBy: DEMO_VALIDATOR,
    };
    await stores.documents.setStatus(documentId, 'validated', validation);
    return validation;
  } finally {
    doc.destroy();
  }
}
