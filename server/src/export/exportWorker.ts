import type { ExportInput } from '../../../shared/export/exportInput';
import { renderDocxDocument } from '../../../shared/export/renderDocx';
import { renderHtmlDocument } from '../../../shared/export/renderHtml';
import { renderOdtDocument } from '../../../shared/export/renderOdt';
import { type LetterExportInput, buildLetterExportModel } from '../../../shared/letters/buildLetterExportModel';
import { actionItemsExportDocument } from '../actionItems/actionItemsExportDocument';
import type { ImportJob } from '../import/importJob';
import { runImport } from '../import/runImport';
import { backgroundPort } from './backgroundPort';
import type { ActionItemsExportJob, ExportJob, ExportReply, LetterExportJob, WorkerJob } from './exportJob';
import { readExportSource } from './readExportSource';
import { readLetterSource } from './readLetterSource';
import { renderExportBody } from './renderExportFile';

/**
 * An export worker (a background process started by exportPool, at the lowest priority):
 * reads each job's document and renders it, or reads an imported file into a new document,
 * one job at a time, so that the server's event loop only moves bytes.
 */
const port = backgroundPort();

port.on('message', (job: WorkerJob) => {
  if ('kind' in job && job.kind === 'import') void runImport(job).then((reply) => port.postMessage(reply));
  else void answerJob(job).then((reply) => port.postMessage(reply));
});

/** Text as UTF-8, encoded here rather than on the event loop that sends it. */
const bytesOf = (file: Uint8Array | string): Uint8Array => (typeof file === 'string' ? Buffer.from(file) : file);

function answerJob(job: Exclude<WorkerJob, ImportJob>): Promise<ExportReply> {
  if (!('kind' in job)) return answer(job);
  return job.kind === 'letter' ? answerLetter(job) : answerList(job);
}

async function answerList({ format, items, collective, today }: ActionItemsExportJob): Promise<ExportReply> {
  try {
    const document = actionItemsExportDocument(items, { collective, today });
    const file = format === 'odt' ? renderOdtDocument(document) : await renderDocxDocument(document);
    return { ok: true, file: bytesOf(file), meta: { title: document.title } };
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
    if (job.format === 'pdf') return { ok: true, file: bytesOf(renderHtmlDocument(document)), meta };
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
    return { ok: true, file: bytesOf(await renderExportBody(job.format, input)), meta: input.meta };
  } catch (error) {
    return { ok: false, reason: 'failed', message: (error as Error).message };
  }
}
