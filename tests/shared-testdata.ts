/**
 * Where the shared public test data lives (../shared/testdata beside the clone). Tests that
 * use it skip with a clear note when a clone has no ../shared.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of ../shared/testdata, or null when this clone has none. */
export const sharedTestdata: string | null = (() => {
  const dir = process.env.GATE_SHARED_TESTDATA ?? resolve(repoRoot, '../shared/testdata');
  return existsSync(dir) ? dir : null;
})();

/** The note a skipped conformance suite prints. */
export const NO_SHARED_NOTE =
  'skipped: ../shared/testdata is not beside this clone (conformance data absent)';
