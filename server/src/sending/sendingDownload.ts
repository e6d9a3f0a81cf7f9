import type { Context } from 'hono';
import { exportFormats, isExportFormat } from '../../../shared/export/exportFormats';
import { zipBundle } from '../annexes/zipBundle';
import { contentDisposition } from '../export/contentDisposition';
import type { Logger } from '../log';
import type { BlobStore } from '../storage/blobStore';
import type { SendingRecord } from '../storage/sendingStore';
import { sendingFileKey } from './keptSendingFiles';

const PRIVATE = { 'cache-control': 'private, no-store' };

/**
 * The kept files of an `outside` sending (D5), byte for byte: the compte-rendu alone as its
 * file, or with its annexes as a ZIP named like the export's bundle.
 */
export async function sendingDownload(c: Context, blobs: BlobStore, logger: Logger, sending: SendingRecord): Promise<Response | undefined> {
  const [first] = sending.files;
  if (!first) return undefined;
  if (sending.files.length === 1) {
    const bytes = await blobs.get(sendingFileKey(sending, 0));
    if (!bytes) return undefined;
    const extension = first.name.slice(first.name.lastIndexOf('.') + 1);
    const contentType = isExportFormat(extension) ? exportFormats[extension].contentType : 'application/octet-stream';
    return c.body(new Uint8Array(bytes), 200, { 'content-type': contentType, 'content-disposition': contentDisposition(first.name), ...PRIVATE });
  }
  const files = sending.files.map((file, index) => ({ name: file.name, open: () => blobs.get(sendingFileKey(sending, index)) }));
  const stream = zipBundle(files, (error) => logger.error('api.sending_bundle_failed', { doc: sending.documentId, reason: error.message }));
  return c.body(stream, 200, {
    'content-type': 'application/zip',
    'content-disposition': contentDisposition(`${first.name.replace(/\.[a-z]+$/, '')}.zip`),
    ...PRIVATE,
  });
}
