/**
 * File access for the tests of the pure `src/codes` module, which may not import `node:*`
 * itself: reads shared conformance data relative to `sharedTestdata`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedTestdata } from './shared-testdata.ts';

/** Text of a file under ../shared/testdata (trimmed); throws when the data is absent. */
export function readShared(...parts: string[]): string {
  if (!sharedTestdata) throw new Error('shared test data is absent');
  return readFileSync(join(sharedTestdata, ...parts), 'utf8').trim();
}
