import type { Logger } from '../log';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { type DerivedIndexDocuments, type DerivedIndexName, type DerivedIndexes, readDerivedIndexes } from './derivedIndexReads';
import { type IndexingPool, sharedIndexingPool } from './indexingPool';
import { QuietTimer } from './quietTimer';
import type { Room } from './room';
import { withStoredDocument } from './storedDocument';

/** An index can lag a few seconds behind the text; typing must never wait for it (Q4, X4). */
const QUIET_MS = 2000;
const MAX_WAIT_MS = 30_000;

/**
 * Below this stored size a document is read on the event loop, from the room's own document:
 * the four reads take 3–5 ms there (26 KB), about what the worker's round trip takes. At
 * 64 KB they took 13–28 ms, and a 1.3 MB document 40–320 ms per index (issue 21).
 */
const INLINE_STATE_BYTES = 32 * 1024;

interface IndexWriter {
  name: DerivedIndexName;
  write(documents: Partial<DerivedIndexDocuments>): Promise<void>;
}

function writerOf<Name extends DerivedIndexName>(
  name: Name,
  index: { index(document: DerivedIndexDocuments[Name]): Promise<void> } | undefined,
): IndexWriter | undefined {
  return index && { name, write: (documents) => index.index(documents[name] as DerivedIndexDocuments[Name]) };
}

/**
 * Keeps the derived indexes (search, measure citations, « À suivre », annex links) in step
 * with what is typed. It runs in a pause of the typing (at the latest every MAX_WAIT_MS),
 * never between a stored update and its broadcast, and once more when the room closes.
 * The room's stored state is read once for every index, in the indexing worker thread
 * (small documents on the event loop); each index then writes in short slices.
 */
export class DerivedIndexMirror {
  private readonly indexing = new Map<Room, Promise<void>>();
  /** The latest reading started per room: an older one that ends later writes nothing. */
  private readonly readings = new Map<Room, number>();
  private readingCount = 0;
  private readonly timer = new QuietTimer<Room>(QUIET_MS, MAX_WAIT_MS, (room) => this.start(room));
  private readonly writers: IndexWriter[];

  constructor(
    private readonly store: DocumentStore,
    indexes: DerivedIndexes,
    private readonly logger: Logger,
    /** False when another instance indexes this state of the document (C5). */
    private readonly claim: (room: Room) => Promise<boolean> = async () => true,
    private readonly pool: IndexingPool = sharedIndexingPool(),
  ) {
    this.writers = [
      writerOf('search', indexes.search),
      writerOf('measures', indexes.measures),
      writerOf('actionItems', indexes.actionItems),
      writerOf('annexLinks', indexes.annexLinks),
    ].filter((writer): writer is IndexWriter => writer !== undefined);
  }

  schedule(room: Room): void {
    if (this.writers.length > 0) this.timer.touch(room);
  }

  /** Indexes now if a change is pending (room closing, server stopping). */
  async flush(room: Room): Promise<void> {
    if (this.timer.flush(room)) await this.indexing.get(room);
  }

  stop(): void {
    this.timer.stop();
  }

  private start(room: Room): void {
    const reading = ++this.readingCount;
    this.readings.set(room, reading);
    const done = this.index(room, reading).finally(() => {
      if (this.indexing.get(room) === done) this.indexing.delete(room);
      if (this.readings.get(room) === reading) this.readings.delete(room);
    });
    this.indexing.set(room, done);
  }

  private async index(room: Room, reading: number): Promise<void> {
    if (room.failed) return;
    let documents: Partial<DerivedIndexDocuments>;
    try {
      const record = await this.store.get(room.id);
      // A letter's body is no compte-rendu: no index lists it (L1).
      if (!record || record.kind === 'letter' || !(await this.claim(room))) return;
      documents = await this.read(room, record);
      // A newer reading writes instead; a document deleted meanwhile stays forgotten. Each
      // index claims the document before this turn ends, so a later deletion stops its write.
      if (this.readings.get(room) !== reading || !(await this.store.get(room.id))) return;
    } catch (error) {
      this.logger.error('relay.index_read_failed', { doc: room.id, reason: String(error) });
      return;
    }
    await Promise.all(
      this.writers.map(async (writer) => {
        try {
          await writer.write(documents);
        } catch (error) {
          this.logger.error('relay.index_failed', { doc: room.id, index: writer.name, reason: String(error) });
        }
      }),
    );
  }

  private read(room: Room, record: DocumentRecord): Promise<Partial<DerivedIndexDocuments>> {
    const names = this.writers.map((writer) => writer.name);
    const state = room.state();
    if (state.byteLength < INLINE_STATE_BYTES) return withStoredDocument(room, (doc) => readDerivedIndexes(record, doc, names));
    return this.pool.read({ record, state, names });
  }
}
