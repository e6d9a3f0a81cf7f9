import { ODF_VERSION, XML_DECLARATION } from './odtNamespaces';

export const ODT_MIME_TYPE = 'application/vnd.oasis.opendocument.text';

/** `META-INF/manifest.xml`: the parts of the package and their media types. */
export function odtManifestXml(parts: string[]): string {
  const entries = parts
    .map((path) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="text/xml"/>`)
    .join('');
  return (
    `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${ODT_MIME_TYPE}"/>` +
    `${entries}</manifest:manifest>`
  );
}
