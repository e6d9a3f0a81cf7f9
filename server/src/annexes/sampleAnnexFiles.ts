import { strToU8, zipSync } from 'fflate';

/** Files of every accepted kind and hostile ones, built in memory, for the annex tests. */

/** A one-page PDF; with `javaScript`, it asks its reader to run a script on opening. */
export function samplePdf(text = 'Annexe', javaScript = false): Uint8Array {
  const action = javaScript ? ' /OpenAction << /S /JavaScript /JS (app.alert\\("annexe piégée"\\);) >>' : '';
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${action} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body);
}

/** An ODF document: `mimetype` first and stored, as the format requires. */
export function sampleOdt(mediaType = 'application/vnd.oasis.opendocument.text'): Uint8Array {
  return zipSync({
    mimetype: [strToU8(mediaType), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
    'META-INF/manifest.xml': strToU8('<manifest:manifest/>'),
  });
}

export function sampleDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('<w:document/>'),
  });
}

/** A 1×1 PNG. */
export const samplePng = (): Uint8Array =>
  Uint8Array.from(
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
  );

export const sampleHtml = (): Uint8Array => strToU8('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

/** A DOCX whose document part inflates to 40 Mo of zeros from a few dozen kilobytes. */
export function zipBomb(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': [new Uint8Array(40 * 1024 * 1024), { level: 9 }],
  });
}

/** A small archive whose directory claims an entry of 4 Gio, without any such bytes. */
export function forgedZipBomb(): Uint8Array {
  const zip = sampleDocx();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 <= zip.length; at++) {
    // Central directory headers: the uncompressed size is at offset 24.
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfffffff0, true);
  }
  return zip;
}

export function manyEntriesZip(entries: number): Uint8Array {
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') };
  for (let i = 0; i < entries; i++) files[`media/${i}.xml`] = strToU8('x');
  return zipSync(files, { level: 0 });
}
