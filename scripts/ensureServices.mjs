// Makes sure the PostgreSQL and the Redis the scale-out tests use are up (issue 18): this
// machine runs PostgreSQL on 127.0.0.1:5432 (trust auth, database `test`) and Redis on 6379,
// and the tests start private redis-server processes of their own. Starts them when they are
// installed but stopped; otherwise says exactly what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';

const onPath = (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function waitFor(port, what) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await listening(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.error(`${what} did not start listening on 127.0.0.1:${port}.`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed${result.error ? `: ${result.error.message}` : ` (exit code ${result.status})`}.`);
    process.exit(1);
  }
}

if (!onPath('redis-server')) {
  console.error('redis-server missing: run `apt-get update && apt-get install -y redis-server` (the tests start private ones).');
  process.exit(1);
}
if (!(await listening(6379))) {
  run('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no']);
  await waitFor(6379, 'Redis');
}
if (!process.env.TEST_DATABASE_URL && !(await listening(5432))) {
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  if (versions.length === 0 || !onPath('pg_ctlcluster')) {
    console.error('PostgreSQL missing: install it (`apt-get install -y postgresql`), or set TEST_DATABASE_URL to a database the tests may use.');
    process.exit(1);
  }
  run('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'start']);
  await waitFor(5432, 'PostgreSQL');
}
