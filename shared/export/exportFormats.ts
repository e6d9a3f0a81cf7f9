/** The file formats a compte-rendu exports to. */
export const EXPORT_FORMATS = ['odt', 'docx', 'pdf', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** What the export dialog calls it. */
  label: string;
  extension: string;
  contentType: string;
}

export const exportFormats: Record<ExportFormat, ExportFormatInfo> = {
  odt: { label: 'OpenDocument (ODT) — LibreOffice, administrations', extension: 'odt', contentType: 'application/vnd.oasis.opendocument.text' },
  docx: {
    label: 'Word (DOCX)',
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { label: 'PDF', extension: 'pdf', contentType: 'application/pdf' },
  html: { label: 'Page web (HTML)', extension: 'html', contentType: 'text/html; charset=utf-8' },
  md: { label: 'Texte (Markdown)', extension: 'md', contentType: 'text/markdown; charset=utf-8' },
};

export const isExportFormat = (value: unknown): value is ExportFormat =>
  (EXPORT_FORMATS as readonly unknown[]).includes(value);
