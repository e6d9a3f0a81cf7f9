import type { MemoryReport } from '../../server/src/memoryReport';
import type { Wire } from '../protocol/wire';

export type TargetName = 'minutier' | 'minutier-cluster' | 'y-websocket-server' | 'hocuspocus' | 'raw';

/** How one client socket reaches a document: the place where per-connection tokens go. */
export interface ConnectionRequest {
  url: string;
  headers: Record<string, string>;
}

/** A server under test, started fresh (in its own process) for every measurement. */
export interface Target {
  name: TargetName;
  /** Whether the server holds each document's state and answers sync step 1 (all but the raw relay). */
  holdsState: boolean;
  /**
   * Whether a document outlives its last client. Hocuspocus' in-memory default unloads
   * (and so loses) it, so the cold-open seeder must stay connected there.
   */
  keepsDocumentWithoutClients: boolean;
  /**
   * Whether the idle-documents scenario runs on it: it measures what one open document
   * costs one process, which clients spread over several instances do not tell.
   */
  measuresIdleDocuments: boolean;
  start(): Promise<RunningTarget>;
}

export interface RunningTarget {
  target: Target;
  /** The server's processes (one, or one per instance), whose CPU time and memory are measured. */
  readonly pids: readonly number[];
  wire: Wire;
  /** Makes a new empty document exist on the server and returns its name. */
  createDocument(title: string): Promise<string>;
  connectionRequest(documentName: string): Promise<ConnectionRequest>;
  /** The tail of what the server printed, for failure reports. */
  output(): string;
  /** Throws, with the server's output, if its process has exited. */
  assertAlive(): void;
  /** The server's own account of its memory (SIGUSR2); undefined if it gives none. */
  memoryReport(): Promise<MemoryReport | undefined>;
  /**
   * Replaces the server process by a fresh one on the same storage, so memory can be
   * measured from a clean heap: documents a server kept in memory are gone (they exist
   * again on first connection), Minutier's stay in SQLite. Changes pid and port.
   */
  restart(): Promise<void>;
  /** Kills the process and removes anything it wrote. */
  stop(): Promise<void>;
}
