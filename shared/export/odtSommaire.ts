import { SOMMAIRE_TITLE } from './exportModel';
import { odtStyle } from './odtStyles';
import { xmlEscape } from './xmlEscape';

/** A level-1 heading as the sommaire lists it: its bookmark and its text. */
export interface OdtSommaireEntry {
  bookmark: string;
  title: string;
}

/** The bookmark at the start of the `index`th level-1 heading (from 1). */
export const sommaireBookmark = (index: number): string => `sommaire-${index}`;

/** How LibreOffice writes an entry when it updates the index: link, text, tab to the right edge, page. */
const ENTRY_TEMPLATE =
  `<text:table-of-content-entry-template text:outline-level="1" text:style-name="${odtStyle.sommaireEntry}">` +
  '<text:index-entry-link-start/><text:index-entry-text/>' +
  '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>' +
  '<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>';

/**
 * The sommaire as LibreOffice's own table of contents over the level-1 headings, so that
 * « Mettre à jour l’index » works, written with its entries. Each entry's page is a
 * reference field to the heading's bookmark, which LibreOffice computes as it lays the
 * pages out: the numbers are right before any update, and stay right after an edit.
 */
export function odtTableOfContent(entries: OdtSommaireEntry[]): string {
  const body = entries
    .map(
      ({ bookmark, title }) =>
        `<text:p text:style-name="${odtStyle.sommaireEntry}"><text:a xlink:type="simple" xlink:href="#${bookmark}">` +
        `${xmlEscape(title)}<text:tab/><text:bookmark-ref text:reference-format="page" text:ref-name="${bookmark}"/>` +
        '</text:a></text:p>',
    )
    .join('');
  return (
    `<text:table-of-content text:name="${SOMMAIRE_TITLE}" text:protected="true">` +
    '<text:table-of-content-source text:outline-level="1" text:use-index-marks="false">' +
    `<text:index-title-template text:style-name="${odtStyle.sommaireTitle}">${SOMMAIRE_TITLE}</text:index-title-template>` +
    `${ENTRY_TEMPLATE}</text:table-of-content-source>` +
    `<text:index-body><text:index-title text:name="${SOMMAIRE_TITLE}_titre">` +
    `<text:p text:style-name="${odtStyle.sommaireTitle}">${SOMMAIRE_TITLE}</text:p></text:index-title>${body}</text:index-body>` +
    '</text:table-of-content>'
  );
}
