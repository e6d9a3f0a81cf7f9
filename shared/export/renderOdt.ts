import { strToU8, zipSync } from 'fflate';
import { buildExportModel } from './buildExportModel';
import type { ExportInput } from './exportInput';
import type { ExportDocument } from './exportModel';
import { odtContentXml } from './odtContent';
import { ODT_MIME_TYPE, odtManifestXml } from './odtManifest';
import { odtMetaXml } from './odtMeta';
import { odtStylesXml } from './odtStyles';

/** A fixed timestamp for the zip entries: the same minutes give the same bytes. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * An OpenDocument text. The package rules readers check: `mimetype` is the first entry,
 * stored uncompressed, so that its bytes sit at a fixed offset; the manifest lists the parts.
 */
export function renderOdt(input: ExportInput): Uint8Array {
  return renderOdtDocument(buildExportModel(input));
}

/** The package of a document already laid out (a compte-rendu, or the « À suivre » list, T6). */
export function renderOdtDocument(doc: ExportDocument): Uint8Array {
  const parts: Record<string, string> = {
    'content.xml': odtContentXml(doc),
    'styles.xml': odtStylesXml(),
    'meta.xml': odtMetaXml(doc),
  };
  const xmlEntries = Object.fromEntries(
    Object.entries(parts).map(([path, xml]) => [path, [strToU8(xml), { level: 6 }] as const]),
  );
  return zipSync(
    {
      mimetype: [strToU8(ODT_MIME_TYPE), { level: 0 }],
      ...xmlEntries,
      'META-INF/manifest.xml': [strToU8(odtManifestXml(Object.keys(parts))), { level: 6 }],
    },
    { mtime: ENTRY_TIME },
  );
}
