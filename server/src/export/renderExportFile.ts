import type { ExportFormat } from '../../../shared/export/exportFormats';
import type { ExportInput } from '../../../shared/export/exportInput';
import { renderDocx } from '../../../shared/export/renderDocx';
import { renderHtml } from '../../../shared/export/renderHtml';
import { renderMarkdown } from '../../../shared/export/renderMarkdown';
import { renderOdt } from '../../../shared/export/renderOdt';
import type { PdfPrinter } from './renderPdf';

/** The bytes of one export; PDF is the HTML rendering printed by Chromium. */
export async function renderExportFile(format: ExportFormat, input: ExportInput, pdf: PdfPrinter): Promise<Uint8Array | string> {
  switch (format) {
    case 'odt':
      return renderOdt(input);
    case 'docx':
      return renderDocx(input);
    case 'pdf':
      return pdf.print(renderHtml(input));
    case 'html':
      return renderHtml(input);
    case 'md':
      return renderMarkdown(input);
  }
}
