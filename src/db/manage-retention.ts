/**
 * Retention of personal data in passages: past N days a passage loses personId and codeHash and
 * keeps its verdict, reasons and check (the volunteer included) for the statistics. Runs when the
 * console opens and once a day after; each run is audited.
 */
import { upkeepTurn } from './foreground.ts';
import { db, getSetting, putSetting } from './index.ts';
import { audit } from './manage-audit.ts';

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

const DAYS_KEY = 'manage:retentionDays';
const LAST_RUN_KEY = 'manage:lastPurge';
const PURGED_BEFORE_KEY = 'manage:purgedBefore';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Days personal data is kept. */
export async function retentionDays(): Promise<number> {
  return getSetting(DAYS_KEY, DEFAULT_RETENTION_DAYS, isNumber);
}

/** Sets the days personal data is kept. */
export async function saveRetentionDays(days: number): Promise<void> {
  await putSetting(DAYS_KEY, days);
}

/** When the last purge ran, or null. */
export async function lastPurge(): Promise<number | null> {
  return getSetting<number | null>(LAST_RUN_KEY, null, (v): v is number | null => isNumber(v));
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
  const since = full
    ? -Infinity
    : await getSetting(PURGED_BEFORE_KEY, -Infinity, (v): v is number => typeof v === 'number');
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
  await d.transaction('rw', d.settings, async () => {
    if (since < cutoff) await d.settings.put({ key: PURGED_BEFORE_KEY, value: cutoff });
    await d.settings.put({ key: LAST_RUN_KEY, value: now });
  });
  await audit('purge', who, `${changed} < ${new Date(cutoff).toISOString()}${full ? ' (full)' : ''}`, now);
  return changed;
}
