/**
 * The registry import: every validated person written in one transaction with its audit line.
 * A failure anywhere (quota, a bad record, a closed tab) aborts it all, so nothing half-imports.
 */

import { db } from './index.ts';
import { auditRegistry } from './registry-audit.ts';
import type { Person } from './types.ts';

/** Adds or updates `people` all-or-nothing; resolves with how many were written. */
export async function importPeople(
  people: readonly Person[],
  who: string,
  source: string,
  now: number,
): Promise<number> {
  const d = db();
  await d.transaction('rw', d.people, d.settings, async () => {
    await d.people.bulkPut([...people]);
    await auditRegistry('import', who, `${source} ${people.length}`, now);
  });
  return people.length;
}
