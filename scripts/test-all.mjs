#!/usr/bin/env node
/**
 * `npm test`: lint, the layer check, type-check, unit tests (Vitest) and end-to-end tests
 * (Playwright in Debian's Chromium), in that order, then one total line `N passed, N failed`
 * (lint, the layer check and the type-check count as one check each). Every stage runs even when
 * an earlier one fails, so one run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
const totals = { passed: 0, failed: 0, skipped: 0 };

function stage(title, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${title} ===\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(title, cmd, args) {
  if (stage(title, cmd, args)) totals.passed++;
  else totals.failed++;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('lint (biome)', bin('biome'), ['check', '.']);
check('layers (which src folder may import which: scripts/layers.mjs)', 'node', ['scripts/check-layers.mjs']);
check('type-check (tsc, one config per runtime)', 'npm', ['run', '--silent', 'typecheck']);

const unitOk = stage('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
const unit = readJson('test-results/vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) totals.failed++; // crashed before reporting

const e2eOk = stage(
  'end-to-end tests (playwright, production build, chromium)',
  bin('playwright'),
  ['test'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
  },
);
const e2e = existsSync('test-results/e2e.json') ? readJson('test-results/e2e.json') : null;
if (e2e?.stats) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
if (!e2eOk && (!e2e?.stats || e2e.stats.unexpected === 0)) totals.failed++;

const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync('test-results/summary.txt', `${line}\n`);
process.stdout.write(`\n${line}\n`);
process.exit(totals.failed > 0 ? 1 : 0);
