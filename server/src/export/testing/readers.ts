import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts several files with one LibreOffice start (each start costs seconds), in a fresh
 * user profile so that parallel runs and a desktop LibreOffice never share one.
 * Returns the converted bytes by input name; a file LibreOffice could not open is missing.
 */
export async function convertWithLibreOffice(files: Record<string, Uint8Array>, target: string, extension: string): Promise<Record<string, Buffer>> {
  const dir = await mkdtemp(join(tmpdir(), 'minutier-soffice-'));
  try {
    // LibreOffice names its output after the input's stem: « report.odt » and « report.docx »
    // would both become report.txt, so each input gets a stem of its own.
    const names = Object.keys(files);
    const stemOf = (index: number) => `${index}-${parse(names[index] ?? '').name}`;
    const inputs = await Promise.all(
      names.map(async (name, index) => {
        const path = join(dir, `${stemOf(index)}${parse(name).ext}`);
        await writeFile(path, files[name] ?? new Uint8Array());
        return path;
      }),
    );
    const profile = `file://${join(dir, 'profile')}`;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', target, '--outdir', join(dir, 'out'), ...inputs], {
      timeout: 90_000,
    });
    const converted: Record<string, Buffer> = {};
    for (const [index, name] of names.entries()) {
      try {
        converted[name] = await readFile(join(dir, 'out', `${stemOf(index)}.${extension}`));
      } catch {
        // Not converted: the test names what is missing.
      }
    }
    return converted;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a poppler tool on the PDF, written to a temporary file; its standard output. */
async function popplerOutput(tool: string, args: string[], pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'minutier-pdf-'));
  try {
    await writeFile(join(dir, 'file.pdf'), pdf);
    const { stdout } = await run(tool, [...args, join(dir, 'file.pdf'), ...(tool === 'pdftotext' ? ['-'] : [])], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as poppler's pdftotext extracts it (UTF-8, reading order, a form feed after each page). */
export const pdfText = (pdf: Uint8Array): Promise<string> => popplerOutput('pdftotext', ['-enc', 'UTF-8'], pdf);

/** What pdfinfo says of a PDF, by field (« Page size », « Author », …). */
export async function pdfInfo(pdf: Uint8Array): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const line of (await popplerOutput('pdfinfo', ['-enc', 'UTF-8'], pdf)).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) fields[match[1]] = match[2] ?? '';
  }
  return fields;
}

/** The fonts pdffonts lists, one row each: name and type (« AAAAAA+LiberationSerif », « CID TrueType »; « Type 3 » for colour emoji). */
export async function pdfFonts(pdf: Uint8Array): Promise<Array<{ name: string; type: string }>> {
  const rows = (await popplerOutput('pdffonts', [], pdf)).split('\n').slice(2).filter(Boolean);
  return rows.map((row) => ({ name: row.slice(0, 36).trim(), type: row.slice(37, 54).trim() }));
}

export interface PdfWord {
  /** From 1. */
  page: number;
  pageWidth: number;
  pageHeight: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every word of a PDF with its box in points, as pdftotext -bbox places it. */
export async function pdfWords(pdf: Uint8Array): Promise<PdfWord[]> {
  const xhtml = await popplerOutput('pdftotext', ['-enc', 'UTF-8', '-bbox'], pdf);
  const words: PdfWord[] = [];
  for (const [index, page] of xhtml.split('<page ').slice(1).entries()) {
    const pageWidth = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    const pageHeight = Number(/height="([\d.]+)"/.exec(page)?.[1]);
    for (const word of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const [xMin, yMin, xMax, yMax] = [word[1], word[2], word[3], word[4]].map(Number) as [number, number, number, number];
      words.push({ page: index + 1, pageWidth, pageHeight, xMin, yMin, xMax, yMax, text: unescapeXml(word[5] ?? '') });
    }
  }
  return words;
}

/** The titles of a PDF's bookmarks (its outline), in order, as poppler's pdftohtml reads them. */
export async function pdfOutline(pdf: Uint8Array): Promise<string[]> {
  const xml = await popplerOutput('pdftohtml', ['-xml', '-i', '-q', '-stdout'], pdf);
  return [...xml.matchAll(/<item\b[^>]*>([^<]*)<\/item>/g)].map((item) => unescapeXml(item[1] ?? ''));
}
