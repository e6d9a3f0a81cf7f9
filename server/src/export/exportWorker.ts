import { type MessagePort, parentPort } from 'node:worker_threads';
import type { ExportInput } from '../../../shared/export/exportInput';
import { renderDocxDocument } from '../../../shared/export/renderDocx';
import { renderHtmlDocument } from '../../../shared/export/renderHtml';
import { renderOdtDocument } from '../../../shared/export/renderOdt';
import { type LetterExportInput, buildLetterExportModel } from '../../../shared/letters/buildLetterExportModel';
import { actionItemsExportDocument } from '../actionItems/actionItemsExportDocument';
import type { ImportJob } from '../import/importJob';
import { runImport } from '../import/runImport';
import { lowerThisThread } from './backgroundPriority';
import type { ActionItemsExportJob, ExportJob, ExportReply, LetterExportJob, WorkerJob } from './exportJob';
import { readExportSource } from './readExportSource';
import { readLetterSource } from './readLetterSource';
import { renderExportBody } from './renderExportFile';

/**
 * An export worker thread (started by exportPool): reads each job's document and renders
 * it, or reads an imported file into a new document, one job at a time, so that the
 * server's event loop only moves bytes.
 */
if (!parentPort) throw new Error('exportWorker runs in a worker thread');
const port: MessagePort = parentPort;

// When a core is short, the relay's event loop goes first.
lowerThisThread();

port.on('message', (job: WorkerJob) => {
  if ('kind' in job && job.kind === 'import') void runImport(job).then((reply) => port.postMessage(reply));
  else void answerJob(job).then((reply) => post(reply));
});

function answerJob(job: Exclude<WorkerJob, ImportJob>): Promise<ExportReply> {
  if (!('kind' in job)) return answer(job);
  return job.kind === 'letter' ? answerLetter(job) : answerList(job);
}

async function answerList({ format, items, collective, today }: ActionItemsExportJob): Promise<ExportReply> {
  try {
    const document = actionItemsExportDocument(items, { collective, today });
    const file = format === 'odt' ? renderOdtDocument(document) : await renderDocxDocument(document);
    return { ok: true, file, meta: { title: document.title } };
  } catch (error) {
    return { ok: false, reason: 'failed', message: (error as Error).message };
  }
}

/** For PDF, the HTML page that the main thread prints, as for the minutes. */
async function answerLetter(job: LetterExportJob): Promise<ExportReply> {
  let input: LetterExportInput;
  try {
    input = readLetterSource(job);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as Error).message };
  }
  try {
    const document = buildLetterExportModel(input);
    const meta = { title: document.properties.title };
    if (job.format === 'pdf') return { ok: true, file: renderHtmlDocument(document), meta };
    return { ok: true, file: job.format === 'odt' ? renderOdtDocument(document) : await renderDocxDocument(document), meta };
  } catch (error) {
    return { ok: false, reason: 'failed', message: (error as Error).message };
  }
}

async function answer(job: ExportJob): Promise<ExportReply> {
  let input: ExportInput;
  try {
    input = readExportSource(job);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as Error).message };
  }
  try {
    return { ok: true, file: await renderExportBody(job.format, input), meta: input.meta };
  } catch (error) {
    return { ok: false, reason: 'failed', message: (error as Error).message };
  }
}

function post(reply: ExportReply): void {
  if (!reply.ok || typeof reply.file === 'string') {
    port.postMessage(reply);
    return;
  }
  // A rendered file moves to the main thread without a copy, unless it is a view on a
  // larger buffer (Node's small-Buffer pool cannot be transferred): then only its bytes.
  const { file } = reply;
  const whole = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file : file.slice();
  port.postMessage({ ...reply, file: whole }, [whole.buffer as ArrayBuffer]);
}
