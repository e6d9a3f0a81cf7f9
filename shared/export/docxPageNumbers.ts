import { estimatePageNumbers } from 'docx/layout';
import type { PageNumberEstimator } from 'docx';
import { type Block, type ExportDocument, plainText } from './exportModel';

/**
 * Up to this many characters of text, the DOCX is written with its sommaire's page numbers,
 * laid out as Word lays the pages out (docx/layout), so that LibreOffice, which does not
 * update a table of contents when it opens a file, shows them too. The layout costs about
 * 0.1 s per page in the export worker: the 22 November 2013 minutes (4 pages, ~10,000
 * characters) take 0.5 s, ten times as much text 7 s. Past the limit the numbers are left
 * for Word to fill in when it updates the fields on opening (LibreOffice then shows the
 * entries without numbers until « Mettre à jour l’index »).
 */
export const PAGE_NUMBERS_UP_TO_CHARACTERS = 40_000;

const blockLength = (block: Block): number => {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return plainText(block.inlines).length;
    case 'speakerTurn':
    case 'actionItem':
      return block.paragraphs.reduce((sum, inlines) => sum + plainText(inlines).length, 0);
    case 'letterPart':
      return block.lines.reduce((sum, inlines) => sum + plainText(inlines).length, 0);
    case 'markedSection':
    case 'blockquote':
      return block.blocks.reduce((sum, child) => sum + blockLength(child), 0);
    case 'list':
      return block.items.flat().reduce((sum, child) => sum + blockLength(child), 0);
    case 'code':
      return block.lines.join('\n').length;
    case 'rule':
      return 0;
  }
};

/** How the DOCX of `doc` gets its page numbers: laid out here, or left to Word. */
export function docxPageNumbers(doc: ExportDocument): { pageNumbers?: PageNumberEstimator } {
  const length = doc.blocks.reduce((sum, block) => sum + blockLength(block), 0);
  return length <= PAGE_NUMBERS_UP_TO_CHARACTERS ? { pageNumbers: estimatePageNumbers } : {};
}
