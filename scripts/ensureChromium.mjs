// Makes sure the Chromium used by the e2e tests is installed: installs it when we may
// (running as root, e.g. in CI containers), otherwise says how to.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

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

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Chromium is missing: run `apt-get update && apt-get install -y chromium`');
    process.exit(1);
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get installed chromium but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
