import { existsSync } from 'node:fs';
import type { PrintReply, PrintRequest } from './pdfPrintWorker';
import { type BackgroundWorker, startBackgroundProcess } from './backgroundProcess';

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
  print(html: string | Uint8Array): Promise<Uint8Array>;
  /** Closes the browser, if it was ever launched. */
  close(): Promise<void>;
}

/** A request before the printer numbers it (Omit taken on each member of the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A print process and the requests it has not answered yet, by id. */
interface PrintProcess {
  worker: BackgroundWorker;
  pending: Map<number, (reply: PrintReply) => void>;
}

const PRINT_WORKER = new URL('./pdfPrintWorker.ts', import.meta.url);

/**
 * One Chromium, driven from a print process of its own (pdfPrintWorker, started at the first
 * PDF) at the lowest priority: the event loop only hands it the HTML and gets the PDF's
 * bytes back. Driving Chromium from here cost the event loop some 120 ms per 100-page PDF
 * (protocol traffic, the two prints' bytes), and Chromium at the server's priority took the
 * relay's CPU. A process that dies fails its prints; the next print starts another.
 */
export function createPdfPrinter(executablePath: string = CHROMIUM_PATH): PdfPrinter {
  let current: PrintProcess | undefined;
  let nextId = 0;

  const started = (): PrintProcess => {
    if (current) return current;
    const child: PrintProcess = { worker: startBackgroundProcess(PRINT_WORKER, { executablePath }), pending: new Map() };
    const lost = (why: string) => {
      if (current === child) current = undefined;
      for (const [id, resolve] of child.pending) resolve({ id, ok: false, message: `PDF print process ${why}` });
      child.pending.clear();
    };
    child.worker.on('message', (reply: PrintReply) => {
      child.pending.get(reply.id)?.(reply);
      child.pending.delete(reply.id);
      // An idle print process (and its Chromium) never holds the process.
      if (child.pending.size === 0) child.worker.unref();
    });
    child.worker.on('error', (error) => lost(`failed: ${error.message}`));
    child.worker.on('exit', (code) => lost(`exited with code ${code}`));
    current = child;
    return child;
  };

  const ask = (child: PrintProcess, request: Unnumbered<PrintRequest>): Promise<PrintReply> =>
    new Promise((resolve) => {
      const id = nextId++;
      child.pending.set(id, resolve);
      child.worker.ref();
      child.worker.postMessage({ ...request, id });
    });

  return {
    available: () => existsSync(executablePath),

    async print(html) {
      if (!existsSync(executablePath)) throw new PdfUnavailableError(executablePath);
      const reply = await ask(started(), { kind: 'print', html });
      if (!reply.ok) throw new Error(reply.message);
      if (!reply.pdf) throw new Error('PDF print process answered without a PDF');
      return reply.pdf;
    },

    async close() {
      const closing = current;
      if (!closing) return;
      // A print asked from now on starts a new process; those already asked fail as it ends.
      current = undefined;
      await ask(closing, { kind: 'close' });
      await closing.worker.terminate();
    },
  };
}
