import type { MinutesMeta } from '../../../shared/model/meta';
import type { Participant } from '../../../shared/model/participants';
import type { ProseMirrorJSON } from '../../../shared/schema/bodyContent';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { type SeriesDocument, inMeetingOrder } from './seriesDocuments';

/** A document's content, read as the relay holds it (route) or as stored (demo seed). */
export interface DocumentContentRead {
  meta: MinutesMeta;
  participants: Participant[];
  content: ProseMirrorJSON;
}

export type ReadDocumentContent = (documentId: string) => Promise<DocumentContentRead | undefined>;

/**
 * The documents of `record`'s series with their bodies; one that does not read is left out.
 * `from: 'record'` skips the meetings before `record`'s, which cannot close nor adopt it: each
 * document read is a read through the relay.
 */
export async function readSeries(
  documents: Pick<DocumentStore, 'list'>,
  read: ReadDocumentContent,
  record: Pick<DocumentRecord, 'id' | 'collectiveId' | 'seriesId'>,
  { from = 'start' }: { from?: 'start' | 'record' } = {},
): Promise<Array<SeriesDocument & DocumentContentRead & Pick<DocumentRecord, 'status'>>> {
  const series = inMeetingOrder((await documents.list(record.collectiveId)).filter((candidate) => candidate.seriesId === record.seriesId));
  const members = from === 'record' ? series.slice(Math.max(0, series.findIndex((candidate) => candidate.id === record.id))) : series;
  const documentsRead = await Promise.all(
    members.map(async (member) => {
      const content = await read(member.id);
      return content && { id: member.id, meetingDate: member.meetingDate, createdAt: member.createdAt, status: member.status, ...content };
    }),
  );
  return documentsRead.filter((document) => document !== undefined);
}
