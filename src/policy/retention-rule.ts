/**
 * The retention rule the tablet (src/db/retention.ts) and the hub (src/hub/retention.ts) both
 * apply: how long personal data is kept unless the manager sets otherwise, which fields of a
 * passage are personal (blanked past it; src/db/chain.ts hashes them apart, so the chain still
 * verifies), and where the period ends. Pure.
 */

/** Days personal data is kept unless the manager sets otherwise. */
export const DEFAULT_RETENTION_DAYS = 28;

/** A passage's personal fields: past retention each one the passage has becomes null. */
export const PASSAGE_PERSONAL_FIELDS = ['personId', 'codeHash', 'who'] as const;

const DAY_MS = 86_400_000;

/** Passages checked before this instant are anonymised. */
export function retentionCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}
