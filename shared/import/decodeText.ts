import { ImportError } from './importError';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/**
 * The bytes of a .txt or .md file as text: UTF-8 (with or without BOM), UTF-16 with a
 * BOM (Word's « texte Unicode »), or Windows-1252, which older French exports use.
 * A PDF or a binary file renamed .txt is refused rather than imported as garbage.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportError('not_text', 'Ce fichier est un PDF : enregistrez-le en texte (.txt) ou en Word (.docx) avant de l’importer.');
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || bytes.subarray(0, 4096).includes(0)) {
    throw new ImportError('not_text', 'Ce fichier n’est pas du texte : importez un fichier .txt, .md ou .docx.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
