import { readMeta } from '../../../shared/model/meta';
import { readParticipants } from '../../../shared/model/participants';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { ReadDocumentContent } from '../series/readSeries';
import type { DocumentStore } from '../storage/documentStore';
import * as Y from 'yjs';

/**
 * A document's content as stored, for the seed at start-up, before the relay runs: the demo's
 * documents were just written by the server (M3), so their state and log read whole.
 */
export const storedContent =
  (documents: Pick<DocumentStore, 'load'>): ReadDocumentContent =>
  async (id) => {
    const stored = await documents.load(id);
    if (!stored) return undefined;
    const doc = new Y.Doc({ gc: false });
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    try {
      return { meta: readMeta(doc), participants: readParticipants(doc), content: readBodyContent(doc) };
    } finally {
      doc.destroy();
    }
  };
