#!/usr/bin/env node
/**
 * Runs before `npm start`, `npm test` and `npm run bench`, before node_modules may exist, so
 * it uses Node built-ins only. Installs npm packages when missing or out of date with the lock
 * file, and with --system also Debian's chromium and ffmpeg (the e2e tests and benchmarks
 * drive real Chromium with a fake camera made by ffmpeg) and postgresql (the hub's tests run
 * against a real PostgreSQL as well as the embedded one). Silent when there is nothing to do.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const log = (msg) => process.stderr.write(`[setup] ${msg}\n`);
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], env: { ...process.env, ...env } });
  if (r.status !== 0) {
    log(`'${cmd} ${args.join(' ')}' failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
};

const stamp = 'node_modules/.gate-setup-stamp';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  // `npm ci`: exactly what the lock file holds (it lists every platform's optional packages;
  // package.json pins cbor-extract to 2.2.2 because 2.2.3's prebuilt packages were never published).
  log('installing npm packages…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, lockHash);
}

if (process.argv.includes('--system')) {
  const missing = [];
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
  if (spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status !== 0) missing.push('ffmpeg');
  // The hub's tests start their own cluster with these binaries (src/hub/test/pg-cluster.ts).
  const hasPostgres =
    existsSync('/usr/lib/postgresql') &&
    readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  if (!hasPostgres) missing.push('postgresql');
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      log(`missing: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
    log(`installing Debian packages: ${missing.join(', ')}…`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], env);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], env);
  }
}
