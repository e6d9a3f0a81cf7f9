import { ApiRequestError } from '../../api/http';
import { type AnnexFile, listAnnexFiles } from './annexesApi';

/** What the editor knows of a compte-rendu's files: none asked yet, the list, or why it failed. */
export interface AnnexFilesSnapshot {
  files: ReadonlyMap<string, AnnexFile> | undefined;
  /** Files asked for again after the list and still not on the server (removed, or of another document). */
  missing: ReadonlySet<string>;
  error: string | null;
}

/**
 * The files of one compte-rendu, listed once for all its annex views and asked again when a
 * view shows a file the list does not hold yet (another person attached it: the annex node
 * arrived through the relay before this list knew of it).
 */
export class AnnexFilesStore {
  private snapshot: AnnexFilesSnapshot = { files: undefined, missing: new Set(), error: null };
  private readonly listeners = new Set<() => void>();
  private request: Promise<void> | undefined;
  /** Files the list lacked, asked for again: asking once more would loop. */
  private readonly askedAgain = new Set<string>();

  constructor(
    private readonly documentId: string,
    private readonly list: (documentId: string) => Promise<AnnexFile[]> = listAnnexFiles,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = (): AnnexFilesSnapshot => this.snapshot;

  /** A file just uploaded by this person: shown at once, without asking the list again. */
  add(file: AnnexFile): void {
    this.publish({ ...this.snapshot, files: new Map(this.snapshot.files ?? []).set(file.id, file) });
  }

  /** Makes sure the list holds `annexId` if the server has it. */
  want(annexId: string): void {
    const { files } = this.snapshot;
    if (files?.has(annexId) || this.askedAgain.has(annexId)) return;
    if (files) this.askedAgain.add(annexId);
    this.refresh();
  }

  private refresh(): void {
    this.request ??= this.list(this.documentId)
      .then(
        (listed) => {
          const files = new Map([...(this.snapshot.files ?? []), ...listed.map((file) => [file.id, file] as const)]);
          this.publish({ files, missing: new Set([...this.askedAgain].filter((id) => !files.has(id))), error: null });
        },
        (error: unknown) =>
          this.publish({
            ...this.snapshot,
            files: this.snapshot.files ?? new Map(),
            error: error instanceof ApiRequestError ? error.message : 'La liste des fichiers annexés n’a pas pu être lue.',
          }),
      )
      .finally(() => {
        this.request = undefined;
      });
  }

  private publish(snapshot: AnnexFilesSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

const stores = new Map<string, AnnexFilesStore>();

/** The one store of a compte-rendu's files, shared by its annex views and its upload control. */
export function annexFilesStore(documentId: string): AnnexFilesStore {
  let store = stores.get(documentId);
  if (!store) {
    store = new AnnexFilesStore(documentId);
    stores.set(documentId, store);
  }
  return store;
}
