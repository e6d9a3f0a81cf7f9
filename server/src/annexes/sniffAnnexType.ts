import { type AnnexType } from './annexTypes';
import { inspectZip } from './inspectZip';

export type SniffedType = { ok: true; type: AnnexType } | { ok: false; reason: 'unsupported' | 'bomb' };

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((byte, i) => bytes[i] === byte);

const ODF_TYPES: Record<string, AnnexType> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

function sniffZip(bytes: Uint8Array): SniffedType {
  const zip = inspectZip(bytes);
  if (!zip.ok) return { ok: false, reason: zip.reason === 'bomb' ? 'bomb' : 'unsupported' };
  const first = zip.firstEntry;
  if (first?.name === 'mimetype' && first.stored) {
    const type = ODF_TYPES[new TextDecoder().decode(first.content).trim()];
    if (type) return { ok: true, type };
  }
  if (zip.names.includes('[Content_Types].xml') && zip.names.includes('word/document.xml')) return { ok: true, type: 'docx' };
  return { ok: false, reason: 'unsupported' };
}

/**
 * The type of an uploaded file, from its bytes alone (N2): the name and the type the
 * browser announces are whatever the uploader chose, an HTML page named « .pdf » included.
 */
export function sniffAnnexType(bytes: Uint8Array): SniffedType {
  if (ascii(bytes, 0, 5) === '%PDF-') return { ok: true, type: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: 'jpeg' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { ok: true, type: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { ok: true, type: 'webp' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  return { ok: false, reason: 'unsupported' };
}
