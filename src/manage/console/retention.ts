/**
 * Retention: when the next purge runs. Pure. Which passages lose their personal data is decided
 * where the purge runs (src/db/retention.ts).
 */

const DAY_MS = 86_400_000;

/** When the next daily purge is due, given the last run (or never). */
export function nextPurgeAt(lastRun: number | null, now: number): number {
  return lastRun === null ? now : lastRun + DAY_MS;
}
