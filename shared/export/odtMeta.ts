import type { ExportDocument } from './exportModel';
import { ODF_NAMESPACES, ODF_VERSION, XML_DECLARATION } from './odtNamespaces';
import { xmlEscape } from './xmlEscape';

/** `meta.xml`: the document properties LibreOffice shows (title, subject, author, meeting date). */
export function odtMetaXml({ properties }: ExportDocument): string {
  const fields = [
    '<meta:generator>Minutier</meta:generator>',
    `<dc:title>${xmlEscape(properties.title)}</dc:title>`,
    properties.subject ? `<dc:subject>${xmlEscape(properties.subject)}</dc:subject>` : '',
    properties.author ? `<meta:initial-creator>${xmlEscape(properties.author)}</meta:initial-creator>` : '',
    properties.author ? `<dc:creator>${xmlEscape(properties.author)}</dc:creator>` : '',
    '<dc:language>fr-FR</dc:language>',
    properties.meetingDate
      ? `<meta:user-defined meta:name="Date de la réunion" meta:value-type="date">${xmlEscape(properties.meetingDate)}</meta:user-defined>`
      : '',
  ].join('');
  return (
    `${XML_DECLARATION}<office:document-meta ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    `<office:meta>${fields}</office:meta></office:document-meta>`
  );
}
