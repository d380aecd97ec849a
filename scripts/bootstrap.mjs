#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`.
// Plain Node with no dependencies, because it runs before anything is installed:
// it checks Node, finds or installs pnpm, installs the workspace, then starts Doorway or runs every test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '12.21.0';
const command = process.argv[2];

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  if (result.error) fail(`could not run ${cmd}: ${result.error.message}`);
  return result.status ?? 1;
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(
      `Doorway needs Node 20.19 or newer; this is ${process.version}. Install a newer Node from nodejs.org or your package manager.`,
    );
  }
}

function pnpmVersion(bin) {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Finds pnpm of the pinned version: on PATH, or in the repo's .tools folder; installs it there if needed. */
function ensurePnpm() {
  if (pnpmVersion('pnpm') === PNPM_VERSION) return 'pnpm';
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  // Package scripts call `pnpm` by name (test:all runs pnpm test:unit…), so the local copy goes on PATH.
  process.env.PATH = `${dirname(local)}${delimiter}${process.env.PATH ?? ''}`;
  if (pnpmVersion(local) === PNPM_VERSION) return local;
  console.log(`→ installing pnpm ${PNPM_VERSION} into .tools/ (one time)`);
  mkdirSync(join(root, '.tools'), { recursive: true });
  const status = run('npm', [
    'install',
    '--prefix',
    join(root, '.tools'),
    '--no-audit',
    '--no-fund',
    `pnpm@${PNPM_VERSION}`,
  ]);
  if (status !== 0 || pnpmVersion(local) !== PNPM_VERSION)
    fail('could not install pnpm with npm. Check that npm can reach its registry.');
  return local;
}

function ensureDependencies(pnpm) {
  // better-sqlite3 compiles from source; Node's own headers avoid a download that this network may not allow.
  if (!process.env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
    process.env.npm_config_nodedir = '/usr';
  const args = ['install', '--frozen-lockfile'];
  console.log('→ installing dependencies (pnpm install)');
  if (run(pnpm, args) !== 0)
    fail('pnpm install failed (see above). A C++ compiler and python3 are needed to build better-sqlite3.');
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (hasApt) {
    const sudo = isRoot ? [] : spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
    if (sudo) {
      console.log('→ installing Chromium for the end-to-end tests (apt-get install chromium)');
      const apt = (...args) =>
        sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args]) : run('apt-get', args);
      apt('update', '-qq');
      if (apt('install', '-y', '-qq', 'chromium') === 0 && existsSync(path)) return;
    }
  }
  fail(
    `the end-to-end tests need Chromium at ${path}.\n  On Debian or Ubuntu: sudo apt-get install -y chromium\n  Elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium`,
  );
}

checkNode();
const pnpm = ensurePnpm();
ensureDependencies(pnpm);

if (command === 'start') {
  console.log('→ building the web app');
  if (run(pnpm, ['--filter', '@doorway/web', 'build']) !== 0) fail('the web build failed (see above).');
  process.exit(run(pnpm, ['--filter', '@doorway/api', 'start']));
} else if (command === 'test') {
  ensureChromium();
  const summary = join(mkdtempSync(join(tmpdir(), 'doorway-test-')), 'summary.jsonl');
  process.env.DOORWAY_TEST_SUMMARY = summary;
  const status = run(pnpm, ['run', 'test:all']);
  const runs = existsSync(summary)
    ? readFileSync(summary, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  const total = (k) => runs.reduce((n, r) => n + r[k], 0);
  // One closing line for the whole suite (unit, content, API, contract, storage, end-to-end).
  console.log(
    `\ntotal: ${total('passed')} passed, ${total('failed')} failed${total('skipped') ? `, ${total('skipped')} skipped` : ''}`,
  );
  process.exit(status);
} else {
  fail('usage: node scripts/bootstrap.mjs start|test');
}
