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

/** The text of a PDF as poppler's pdftotext extracts it (UTF-8, reading order). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'minutier-pdf-'));
  try {
    await writeFile(join(dir, 'file.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'file.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
