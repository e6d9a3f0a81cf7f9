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

/** Runs a poppler tool on the PDF, written to a temporary file; its standard output and error. */
async function popplerRun(tool: string, args: string[], pdf: Uint8Array): Promise<{ stdout: string; stderr: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'minutier-pdf-'));
  try {
    await writeFile(join(dir, 'file.pdf'), pdf);
    return await run(tool, [...args, join(dir, 'file.pdf'), ...(tool === 'pdftotext' ? ['-'] : [])], { maxBuffer: 64 * 1024 * 1024 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const popplerOutput = async (tool: string, args: string[], pdf: Uint8Array): Promise<string> => (await popplerRun(tool, args, pdf)).stdout;

/** One element of a tagged PDF's structure tree, as poppler reads it: its type, its text, its children. */
export interface PdfStructureElement {
  type: string;
  text: string;
  children: PdfStructureElement[];
}

/**
 * The structure tree of a tagged PDF as assistive technology reads it (pdfinfo -struct-text),
 * and what poppler complained of while reading it (an element of a type it does not know is dropped).
 */
export async function pdfStructure(pdf: Uint8Array): Promise<{ roots: PdfStructureElement[]; complaints: string[] }> {
  const { stdout, stderr } = await popplerRun('pdfinfo', ['-struct-text'], pdf);
  const roots: PdfStructureElement[] = [];
  const open: Array<{ depth: number; element: PdfStructureElement }> = [];
  for (const line of stdout.split('\n')) {
    const depth = line.length - line.trimStart().length;
    const content = line.trim();
    if (!content) continue;
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= depth) open.pop();
    const parent = open.at(-1)?.element;
    const text = /^"(.*)"$/.exec(content)?.[1];
    if (text !== undefined) {
      // Text belongs to every element it sits in.
      for (const { element } of open) element.text += text;
      continue;
    }
    const type = /^([A-Za-z0-9]+)\b/.exec(content)?.[1];
    if (!type) continue;
    const element = { type, text: '', children: [] };
    (parent ? parent.children : roots).push(element);
    open.push({ depth, element });
  }
  return { roots, complaints: stderr.split('\n').filter(Boolean) };
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
