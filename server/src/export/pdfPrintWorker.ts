import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { lowerThisThread } from './backgroundPriority';
import { createChromiumPrinter } from './chromiumPrinter';

/** What the main thread asks the print thread (renderPdf's printer). */
export type PrintRequest = { id: number; kind: 'print'; html: string } | { id: number; kind: 'close' };

/** The print thread's answer to the request of the same id. */
export type PrintReply = { id: number; ok: true; pdf?: Uint8Array } | { id: number; ok: false; message: string };

/**
 * The print thread of one PDF printer: drives its Chromium (chromiumPrinter) at the lowest
 * priority, which Chromium inherits when this thread launches it.
 */
if (!parentPort) throw new Error('pdfPrintWorker runs in a worker thread');
const port: MessagePort = parentPort;
lowerThisThread();
const printer = createChromiumPrinter((workerData as { executablePath: string }).executablePath);

port.on('message', (request: PrintRequest) => void answer(request).then((reply) => post(reply)));

async function answer(request: PrintRequest): Promise<PrintReply> {
  try {
    if (request.kind === 'close') {
      await printer.close();
      return { id: request.id, ok: true };
    }
    return { id: request.id, ok: true, pdf: await printer.print(request.html) };
  } catch (error) {
    return { id: request.id, ok: false, message: (error as Error).message };
  }
}

function post(reply: PrintReply): void {
  // The PDF (a buffer of its own, see withDocumentInfo) moves to the main thread without a copy.
  if (reply.ok && reply.pdf) port.postMessage(reply, [reply.pdf.buffer as ArrayBuffer]);
  else port.postMessage(reply);
}
