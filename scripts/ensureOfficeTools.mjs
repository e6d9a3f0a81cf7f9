// Makes sure the real readers the export tests open files with are installed: LibreOffice
// (`soffice`, for ODT and DOCX) and poppler (`pdftotext`, `pdfinfo`, `pdffonts`, for PDF),
// qpdf (which the server runs to append PDF annexes to the PDF export), and the colour
// emoji font Chromium draws emoji with in the PDF export (without it they print as empty
// boxes). Installs them when we may (running as root, e.g. in CI containers), otherwise
// says exactly how to.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const onPath = (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

/** Whether fontconfig knows a font family; the file where Debian puts it otherwise. */
const hasFont = (family, file) => {
  const listed = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return listed.status === 0 ? listed.stdout.split('\n').some((line) => line.split(',').includes(family)) : existsSync(file);
};

/** What must be present, and the Debian package that brings it. */
const NEEDS = [
  { what: 'soffice', present: () => onPath('soffice'), package: 'libreoffice-writer-nogui' },
  { what: 'pdftotext', present: () => onPath('pdftotext') && onPath('pdfinfo') && onPath('pdffonts'), package: 'poppler-utils' },
  // The server's own tool too: it appends PDF annexes to the PDF export (SPEC N8).
  { what: 'qpdf', present: () => existsSync('/usr/bin/qpdf'), package: 'qpdf' },
  {
    what: 'the Noto Color Emoji font',
    present: () => hasFont('Noto Color Emoji', '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'),
    package: 'fonts-noto-color-emoji',
  },
];

function run(command, args) {
  // Non-interactive: nobody is there to answer debconf questions in CI.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const missing = NEEDS.filter((need) => !need.present());
if (missing.length > 0) {
  const packages = NEEDS.map((need) => need.package);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`${missing.map((need) => need.what).join(' and ')} missing: run \`apt-get update && apt-get install -y ${packages.join(' ')}\``);
    process.exit(1);
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...packages]);
  const still = missing.filter((need) => !need.present());
  if (still.length > 0) {
    console.error(`apt-get installed ${packages.join(' ')} but ${still.map((need) => need.what).join(' and ')} is still missing.`);
    process.exit(1);
  }
}
