import { type MessagePort, parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { lowerThisThread } from '../export/backgroundPriority';
import { readDerivedIndexes } from './derivedIndexReads';
import type { IndexingJob, IndexingReply } from './indexingPool';

/**
 * The indexing worker thread (started by indexingPool): builds a document from its stored
 * state once and reads what every derived index keeps of it, so that the event loop that
 * relays keystrokes never spends the hundreds of milliseconds a long document takes.
 */
if (!parentPort) throw new Error('indexingWorker runs in a worker thread');
const port: MessagePort = parentPort;

// When a core is short, the relay's event loop goes first.
lowerThisThread();

port.on('message', (job: IndexingJob) => port.postMessage(answer(job)));

function answer({ record, state, names }: IndexingJob): IndexingReply {
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(doc, state);
    return { ok: true, documents: readDerivedIndexes(record, doc, names) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  } finally {
    doc.destroy();
  }
}
