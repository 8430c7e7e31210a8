/**
 * The EU DCC conformance cases (dgc-testdata) under ../shared/testdata, for the tests of the
 * pure `src/codes` module, which may not import `node:*` itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedTestdata } from './shared-testdata.ts';

const DCC_DIR = 'health-passes/dcc';
const VALUESETS_DIR = 'health-passes/dcc-valuesets';

/** Case paths relative to the dcc folder (`AT/2DCode/raw/1.json`), sorted; empty without shared data. */
export function dccCasePaths(): string[] {
  if (!sharedTestdata) return [];
  const root = join(sharedTestdata, DCC_DIR);
  const out: string[] = [];
  for (const country of readdirSync(root, { withFileTypes: true })) {
    if (!country.isDirectory()) continue;
    const raw = join(country.name, '2DCode', 'raw');
    let files: string[];
    try {
      files = readdirSync(join(root, raw));
    } catch {
      continue;
    }
    for (const f of files) if (f.endsWith('.json')) out.push(`${country.name}/2DCode/raw/${f}`);
  }
  return out.sort();
}

/** The parsed JSON of one case (a path from `dccCasePaths`). */
export function readDccCase(path: string): unknown {
  if (!sharedTestdata) throw new Error('shared test data is absent');
  return JSON.parse(readFileSync(join(sharedTestdata, DCC_DIR, path), 'utf8')) as unknown;
}

/** Every value-set JSON file, parsed, by file name. */
export function readDccValueSetFiles(): Record<string, unknown> {
  if (!sharedTestdata) return {};
  const dir = join(sharedTestdata, VALUESETS_DIR);
  const out: Record<string, unknown> = {};
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.json')) out[f] = JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
  }
  return out;
}
