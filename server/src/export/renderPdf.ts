import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { PrintReply, PrintRequest } from './pdfPrintWorker';
import { startTsWorker } from './tsWorker';

/** Debian's Chromium: the one the e2e tests use too. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Chromium is not installed: the route answers 503 with this message. */
export class PdfUnavailableError extends Error {
  constructor(executablePath: string) {
    super(
      `L’export PDF a besoin de Chromium, absent de ce serveur (${executablePath}). ` +
        'Installez-le avec « apt-get install -y chromium », ou exportez en HTML et imprimez-le depuis votre navigateur.',
    );
    this.name = 'PdfUnavailableError';
  }
}

export interface PdfPrinter {
  /** False when Chromium is missing, so the UI can offer the browser's print instead. */
  available(): boolean;
  /**
   * Prints a standalone HTML page (see renderHtml) to a tagged PDF with an outline, the
   * sommaire's page numbers and the page's title, author, subject and generator as its properties.
   */
  print(html: string): Promise<Uint8Array>;
  /** Closes the browser, if it was ever launched. */
  close(): Promise<void>;
}

/** A request before the printer numbers it (Omit taken on each member of the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A print thread and the requests it has not answered yet, by id. */
interface PrintThread {
  worker: Worker;
  pending: Map<number, (reply: PrintReply) => void>;
}

const PRINT_WORKER = new URL('./pdfPrintWorker.ts', import.meta.url);

/**
 * One Chromium, driven from a print thread of its own (pdfPrintWorker, started at the first
 * PDF) at the lowest priority: the event loop only hands it the HTML and gets the PDF's
 * bytes back, moved, not copied. Driving Chromium from here cost the event loop some 120 ms
 * per 100-page PDF (protocol traffic, the two prints' bytes), and Chromium at the server's
 * priority took the relay's CPU. A thread that dies fails its prints; the next print starts another.
 */
export function createPdfPrinter(executablePath: string = CHROMIUM_PATH): PdfPrinter {
  let current: PrintThread | undefined;
  let nextId = 0;

  const started = (): PrintThread => {
    if (current) return current;
    const thread: PrintThread = { worker: startTsWorker(PRINT_WORKER, { executablePath }), pending: new Map() };
    const lost = (why: string) => {
      if (current === thread) current = undefined;
      for (const [id, resolve] of thread.pending) resolve({ id, ok: false, message: `PDF print thread ${why}` });
      thread.pending.clear();
    };
    thread.worker.on('message', (reply: PrintReply) => {
      thread.pending.get(reply.id)?.(reply);
      thread.pending.delete(reply.id);
      // An idle print thread (and its Chromium) never holds the process.
      if (thread.pending.size === 0) thread.worker.unref();
    });
    thread.worker.on('error', (error) => lost(`failed: ${error.message}`));
    thread.worker.on('exit', (code) => lost(`exited with code ${code}`));
    current = thread;
    return thread;
  };

  const ask = (thread: PrintThread, request: Unnumbered<PrintRequest>): Promise<PrintReply> =>
    new Promise((resolve) => {
      const id = nextId++;
      thread.pending.set(id, resolve);
      thread.worker.ref();
      thread.worker.postMessage({ ...request, id });
    });

  return {
    available: () => existsSync(executablePath),

    async print(html) {
      if (!existsSync(executablePath)) throw new PdfUnavailableError(executablePath);
      const reply = await ask(started(), { kind: 'print', html });
      if (!reply.ok) throw new Error(reply.message);
      if (!reply.pdf) throw new Error('PDF print thread answered without a PDF');
      return reply.pdf;
    },

    async close() {
      const closing = current;
      if (!closing) return;
      // A print asked from now on starts a new thread; those already asked fail as it ends.
      current = undefined;
      await ask(closing, { kind: 'close' });
      await closing.worker.terminate();
    },
  };
}
