import { createMinutesSchema } from '../../../shared/api/minutes';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { seedMinutes } from '../storage/seedMinutes';
import { nextMinutesRequest } from './nextMinutesRequest';
import { type ReadDocumentContent, readSeries } from './readSeries';

export interface PrepareNextMinutesDeps {
  documents: DocumentStore;
  accounts: Pick<AccountStore, 'listAssociations'>;
  read: ReadDocumentContent;
}

/**
 * Creates the next compte-rendu of `previous`'s series, seeded on the server (M3, M9). Only
 * reads the documents of the series: the previous one, validated perhaps, is never written
 * to (W4). Throws MeetingDateUnknownError when no date is announced nor given.
 */
export async function prepareNextMinutes(
  deps: PrepareNextMinutesDeps,
  previous: DocumentRecord,
  given: { meetingDate?: string; place?: string },
): Promise<string | undefined> {
  const series = await readSeries(deps.documents, deps.read, previous);
  const previousRead = series.find((document) => document.id === previous.id);
  if (!previousRead) return undefined;
  const associations = (await deps.accounts.listAssociations(previous.collectiveId)).map((association) => association.name);
  const request = nextMinutesRequest({ previous: previousRead, series, associations, given });
  // Held to the same rules as any new compte-rendu (A2), though the server wrote it.
  return seedMinutes(deps.documents, previous.collectiveId, createMinutesSchema.parse({ ...request, seriesId: previous.seriesId }));
}
