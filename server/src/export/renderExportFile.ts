import type { ExportFormat } from '../../../shared/export/exportFormats';
import type { ExportInput } from '../../../shared/export/exportInput';
import { renderDocx } from '../../../shared/export/renderDocx';
import { renderHtml } from '../../../shared/export/renderHtml';
import { renderMarkdown } from '../../../shared/export/renderMarkdown';
import { renderOdt } from '../../../shared/export/renderOdt';
import type { PdfPrinter } from './renderPdf';

/**
 * What plain code renders of an export, in the worker: the file itself, or for PDF the
 * HTML page that Chromium prints.
 */
export async function renderExportBody(format: ExportFormat, input: ExportInput): Promise<Uint8Array | string> {
  switch (format) {
    case 'odt':
      return renderOdt(input);
    case 'docx':
      return renderDocx(input);
    case 'pdf':
    case 'html':
      return renderHtml(input);
    case 'md':
      return renderMarkdown(input);
  }
}

/** The bytes of one export on this thread (the export benchmark's per-format timings). */
export async function renderExportFile(format: ExportFormat, input: ExportInput, pdf: PdfPrinter): Promise<Uint8Array | string> {
  return format === 'pdf' ? pdf.print(renderHtml(input)) : renderExportBody(format, input);
}
