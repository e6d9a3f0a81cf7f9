import { backgroundData, backgroundPort } from './backgroundPort';
import { createChromiumPrinter } from './chromiumPrinter';

/** What the main thread asks the print thread (renderPdf's printer). */
export type PrintRequest = { id: number; kind: 'print'; html: string | Uint8Array } | { id: number; kind: 'close' };

/** The print thread's answer to the request of the same id. */
export type PrintReply = { id: number; ok: true; pdf?: Uint8Array } | { id: number; ok: false; message: string };

/**
 * The print process of one PDF printer (a background process, at the lowest priority):
 * drives its Chromium (chromiumPrinter), which inherits that priority when it is launched.
 */
const port = backgroundPort();
const printer = createChromiumPrinter(backgroundData<{ executablePath: string }>().executablePath);

port.on('message', (request: PrintRequest) => void answer(request).then((reply) => port.postMessage(reply)));

async function answer(request: PrintRequest): Promise<PrintReply> {
  try {
    if (request.kind === 'close') {
      await printer.close();
      return { id: request.id, ok: true };
    }
    const html = typeof request.html === 'string' ? request.html : Buffer.from(request.html.buffer, request.html.byteOffset, request.html.byteLength).toString('utf8');
    return { id: request.id, ok: true, pdf: await printer.print(html) };
  } catch (error) {
    return { id: request.id, ok: false, message: (error as Error).message };
  }
}
