/** A file the importer cannot read; `message` is French, for the UI. */
export class ImportError extends Error {
  constructor(
    readonly code: 'unsupported_format' | 'empty_file' | 'not_text' | 'unreadable_docx' | 'unreadable_odt',
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
