import type { ExportFormat } from '../../shared/export/exportFormats';
import type { ExportProfile } from '../../shared/export/exportProfile';
import type { ExportProgress } from '../../shared/export/exportProgress';
import { errorFromResponse, getJson } from './http';

export const exportPath = (documentId: string) => `/api/minutes/${encodeURIComponent(documentId)}/export`;

/** What one export asks for; `withComments`: the threads as footnotes (ignored for the external version). */
export interface ExportRequest {
  documentId: string;
  format: ExportFormat;
  profile: ExportProfile;
  withComments: boolean;
  /** The PDF annexes after the minutes, in one PDF (SPEC N8; PDF and internal version only). */
  appendAnnexes?: boolean;
  /** A ZIP of the compte-rendu in `format` and its annex files (SPEC N6; internal version only). */
  bundle?: boolean;
  /** The name under which the dialog asks the export's place in the server's line. */
  ticket: string;
}

/** A random ticket for `/export/progress` (getRandomValues: randomUUID needs HTTPS). */
export const newExportTicket = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

export async function fetchExport(request: ExportRequest): Promise<Response> {
  const { documentId, format, profile, withComments, appendAnnexes, bundle, ticket } = request;
  const comments = withComments ? '&comments=include' : '';
  const annexes = appendAnnexes ? '&appendAnnexes=1' : '';
  const formats = bundle ? `format=zip&inner=${format}` : `format=${format}`;
  const response = await fetch(`${exportPath(documentId)}?${formats}&profile=${profile}${comments}${annexes}&ticket=${ticket}`);
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** How many exports the server renders before the one of `ticket`; null once it is done or not yet taken. */
export async function exportsAhead(documentId: string, ticket: string, signal: AbortSignal): Promise<number | null> {
  const { ahead } = await getJson<ExportProgress>(`${exportPath(documentId)}/progress?ticket=${ticket}`, { signal, redirectOnUnauthenticated: false });
  return ahead;
}

/** The server's name for the file (RFC 5987 `filename*` first), so every download is named alike. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed header: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: give them time before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Prints the HTML export with the browser's own print dialog (« Enregistrer en PDF »),
 * for servers without Chromium. The frame may not run scripts; it only needs to print.
 */
export async function printInBrowser(request: Omit<ExportRequest, 'format'>): Promise<void> {
  const html = await (await fetchExport({ ...request, format: 'html' })).text();
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  // Not display:none, which some browsers refuse to print.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;opacity:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow;
  if (!view) throw new Error('Impression impossible dans ce navigateur.');
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.print();
}
