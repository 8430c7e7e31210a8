/**
 * Retention of personal data in passages: past N days a passage loses personId and codeHash and
 * keeps its verdict, reasons and check (the volunteer included) for the statistics. Owns the
 * retention settings (`manage:retentionDays`, `manage:lastPurge`, `manage:purgedBefore`) and
 * the purge, which rewrites passages. Runs when the console opens and once a day after, or on a
 * manager's request; each run, and each change of the days, is audited.
 */
import { audit } from './audit.ts';
import { upkeepTurn } from './foreground.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';

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

/** Days personal data is kept. */
export async function retentionDays(): Promise<number> {
  return (await getSetting('manage:retentionDays')) ?? DEFAULT_RETENTION_DAYS;
}

/** Sets the days personal data is kept, audited under `who`. */
export async function saveRetentionDays(days: number, who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('manage:retentionDays', days);
    await audit('setting', who, `retentionDays=${days}`, now);
  });
}

/** When the last purge ran, or null. */
export async function lastPurge(): Promise<number | null> {
  return (await getSetting('manage:lastPurge')) ?? null;
}

// Each write of the purge is sized to take about this long, and the purge pauses as long between
// writes: the gate's own writes and the console's reads wait at most this long behind it, even
// on a first run over a year of passages.
const WRITE_BUDGET_MS = 25;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Anonymises passages past retention; returns how many were changed. `full` reads every old
 * passage, for records that arrived after an earlier run had passed their time (a restore).
 * `chunkSize` bounds one read and write; the size actually used adapts to WRITE_BUDGET_MS.
 */
export async function purgePersonalData(
  now: number,
  who: string,
  full = false,
  chunkSize = 5000,
): Promise<number> {
  const d = db();
  const cutoff = retentionCutoff(now, await retentionDays());
  // Earlier runs cleared everything before their cutoff: only the span since then is read, so a
  // daily run touches one day of records, not the whole table.
  const since = full ? -Infinity : ((await getSetting('manage:purgedBefore')) ?? -Infinity);
  let changed = 0;
  if (since < cutoff) {
    let lo = since;
    let inclusive = true;
    const smallest = Math.min(chunkSize, 100);
    let size = Math.min(chunkSize, 1000);
    // Chunks of keyed bulk reads, each in its own transaction: a first run over a year of
    // passages neither holds them all in memory nor keeps one transaction open for seconds.
    for (;;) {
      await upkeepTurn();
      const chunk = await d.passages.where('at').between(lo, cutoff, inclusive, false).limit(size).toArray();
      const last = chunk.at(-1);
      if (!last) break;
      const full = chunk.length === size;
      // A full chunk may end inside one millisecond: read that millisecond whole, then go past it.
      const rows = full
        ? [
            ...chunk.filter((p) => p.at < last.at),
            ...(await d.passages.where('at').equals(last.at).toArray()),
          ]
        : chunk;
      const stale = rows.filter((p) => needsAnonymising(p, cutoff)).map(anonymised);
      if (stale.length > 0) {
        await upkeepTurn();
        const started = performance.now();
        await d.passages.bulkPut(stale);
        const took = Math.max(1, performance.now() - started);
        if (full) {
          size = Math.round(Math.min(chunkSize, Math.max(smallest, (rows.length * WRITE_BUDGET_MS) / took)));
          await pause(Math.min(took, 4 * WRITE_BUDGET_MS));
        }
      }
      changed += stale.length;
      if (!full) break;
      lo = last.at;
      inclusive = false;
    }
  }
  await d.transaction('rw', d.settings, d.audit, async () => {
    if (since < cutoff) await setSetting('manage:purgedBefore', cutoff);
    await setSetting('manage:lastPurge', now);
    await audit('purge', who, `${changed} < ${new Date(cutoff).toISOString()}${full ? ' (full)' : ''}`, now);
  });
  return changed;
}
