/** Retention: which passages lose their personal data, and when the next purge runs. Pure. */

/** Days a passage keeps its personal data unless the manager sets otherwise. */
export const DEFAULT_RETENTION_DAYS = 28;
const DAY_MS = 86_400_000;

/** The shape retention looks at. */
export interface RetainedFields {
  at: number;
  personId: string | null;
  codeHash: string | null;
}

/** Passages checked before this instant are anonymised. */
export function retentionCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}

/** True when the passage is past retention and still holds personal data. */
export function needsAnonymising(p: RetainedFields, cutoff: number): boolean {
  return p.at < cutoff && (p.personId !== null || p.codeHash !== null);
}

/** The passage without personal data: the verdict, reasons and the volunteer stay for counts. */
export function anonymised<T extends RetainedFields>(p: T): T {
  return { ...p, personId: null, codeHash: null };
}

/** When the next daily purge is due, given the last run (or never). */
export function nextPurgeAt(lastRun: number | null, now: number): number {
  return lastRun === null ? now : lastRun + DAY_MS;
}
