// Makes sure the real readers the export tests open files with are installed: LibreOffice
// (`soffice`, for ODT and DOCX) and poppler (`pdftotext`, for PDF). Installs them when we
// may (running as root, e.g. in CI containers), otherwise says exactly how to.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const TOOLS = { soffice: 'libreoffice-writer-nogui', pdftotext: 'poppler-utils' };

const onPath = (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

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

const missing = Object.keys(TOOLS).filter((command) => !onPath(command));
if (missing.length > 0) {
  const packages = Object.values(TOOLS);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`${missing.join(' and ')} missing: run \`apt-get update && apt-get install -y ${packages.join(' ')}\``);
    process.exit(1);
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...packages]);
  const still = missing.filter((command) => !onPath(command));
  if (still.length > 0) {
    console.error(`apt-get installed ${packages.join(' ')} but ${still.join(' and ')} is still missing.`);
    process.exit(1);
  }
}
