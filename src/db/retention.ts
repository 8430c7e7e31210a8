/**
 * Retention of personal data: the rule and the purge. Owns the retention settings
 * (`manage:retentionDays`, `manage:lastPurge`, `manage:purgeClock`, the sweep's marks) and
 * runs the purge, which rewrites passages and has people.ts and ledger.ts clear their records.
 * Past N days (28 unless the manager sets otherwise):
 *
 * - a passage loses personId and codeHash and keeps its verdict, reasons and check (the
 *   volunteer included) for the statistics; the chain hashes those fields apart (chain.ts), so
 *   it still verifies;
 * - a courier, visitor or returnee whose registration ended that long ago is removed from
 *   people (nothing needs the entry: a passage keeps the person's kind in its own check, and
 *   the few passages still naming the id show no name);
 * - a ledger entry closed that long ago loses name, phone, origin, transport, home, itinerary
 *   and person id, and keeps its status, dates and flag for the counts.
 *
 * Each record is aged by its own time (a passage's `at`, a registration's end, a ledger entry's
 * last change), not by a mark of how far earlier runs got: a check recorded while the clock was
 * behind is old by its own time and goes at the next run. A passage is found through the
 * `retainFrom` index, which holds only the passages still holding personal data (retain-from.ts);
 * passages stored before that index existed are swept once, in the background, from the first
 * run on. A record stamped more than a day ahead of the run's clock was stamped by a clock set
 * ahead: its period starts at the first run that sees it (`retainFrom`, a registration's end or
 * a ledger entry's change moved to that run's time; a passage's `at` stays as recorded), so it
 * is not kept until its date. A run whose clock is more than a day behind the latest clock a run
 * has read (`manage:purgeClock`) cannot tell which clock was wrong, and moves no period: a clock
 * reset to an old date cuts nobody's period short.
 *
 * Runs at most once a day, on the gate and in the console (shared/retention.ts), or on a
 * manager's request; each run, and each change of the days, is audited.
 */

import { DEFAULT_RETENTION_DAYS, retentionCutoff } from '../policy/retention-rule.ts';
import { normaliseRules } from '../policy/rules.ts';
import { audit } from './audit.ts';
import { upkeepTurn } from './foreground.ts';
import { db } from './index.ts';
import { blankClosedEntries } from './ledger.ts';
import { purgeRegistrations } from './people.ts';
import { holdsPersonal } from './retain-from.ts';
import { getSetting, removeSetting, setSetting } from './settings.ts';
import { policyContent, queueListChange } from './shared-lists.ts';
import type { Passage, PersonLabel } from './types.ts';

export { DEFAULT_RETENTION_DAYS, retentionCutoff };

const DAY_MS = 86_400_000;
/** How far a record's time or the run's clock may be off before the purge takes it as a wrong clock. */
const CLOCK_SLACK_MS = DAY_MS;

/** The shape retention looks at. */
export interface RetainedFields {
  at: number;
  personId: string | null;
  codeHash: string | null;
  who?: PersonLabel | null;
}

/** True when the passage is past retention and still holds personal data. */
export function needsAnonymising(p: RetainedFields, cutoff: number): boolean {
  return p.at < cutoff && holdsPersonal(p);
}

/**
 * The passage without personal data (policy/retention-rule.ts PASSAGE_PERSONAL_FIELDS, each one
 * it has made null): the verdict, reasons and the volunteer stay for counts.
 */
export function anonymised<T extends RetainedFields>(p: T): T {
  return p.who === undefined
    ? { ...p, personId: null, codeHash: null }
    : { ...p, personId: null, codeHash: null, who: null };
}

/**
 * When the next daily purge is due, given the last run (or never). A last run dated ahead of
 * now (by a clock set ahead then, or one set behind now) does not put the next one off.
 */
export function nextPurgeAt(lastRun: number | null, now: number): number {
  return lastRun === null || lastRun > now ? now : lastRun + DAY_MS;
}

/** Days personal data is kept. */
export async function retentionDays(): Promise<number> {
  return (await getSetting('manage:retentionDays')) ?? DEFAULT_RETENTION_DAYS;
}

/** Sets the days personal data is kept, audited under `who`. */
export async function saveRetentionDays(days: number, who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.settings, d.audit, d.outbox], async () => {
    await setSetting('manage:retentionDays', days);
    await audit('setting', who, `retentionDays=${days}`, now);
    // The estate's retention travels with its policy: the hub and every gate keep the same days.
    const rules = normaliseRules((await getSetting('policy')) ?? null);
    await queueListChange('policy', await policyContent(rules), who, now);
  });
}

/** When the last purge ran, or null. */
export async function lastPurge(): Promise<number | null> {
  return (await getSetting('manage:lastPurge')) ?? null;
}

// Each step of the purge (a read and its write) is sized to take about this long, and the purge
// pauses as long between steps: the gate's own writes and the console's reads wait at most this
// long behind it, and the gate's screen (which decodes camera frames on the same thread that
// reads the records) keeps at least half of it, even on a first run over a year of passages.
const STEP_BUDGET_MS = 25;
const SMALLEST_CHUNK = 100;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads chunks with `read(size)` and writes each with `write(rows)` until a chunk comes back
 * short, each read and write in its own transaction after the screens' turn (foreground.ts), the
 * size adapted so a step takes about STEP_BUDGET_MS, with as long a pause after it. Returns how
 * many rows were written. `read` must not return rows already written (they leave its range).
 */
async function paced<T>(
  chunkSize: number,
  read: (size: number) => Promise<T[]>,
  write: (rows: T[]) => Promise<number>,
): Promise<number> {
  let size = Math.min(chunkSize, 1000);
  let written = 0;
  for (;;) {
    await upkeepTurn();
    let started = performance.now();
    const rows = await read(size);
    if (rows.length === 0) return written;
    let took = performance.now() - started;
    await upkeepTurn();
    started = performance.now();
    written += await write(rows);
    took = Math.max(1, took + performance.now() - started);
    if (rows.length < size) return written;
    size = Math.round(Math.min(chunkSize, Math.max(SMALLEST_CHUNK, (rows.length * STEP_BUDGET_MS) / took)));
    await pause(Math.min(took, 4 * STEP_BUDGET_MS));
  }
}

/**
 * Walks passages by key from the sweep's mark: each one still holding personal data without
 * `retainFrom` (stored before schema v4, or written around the app) is anonymised when past
 * `cutoff`, else written again, which gives it `retainFrom`. `full` walks them all from the
 * first and keeps no mark. Returns how many were anonymised.
 */
async function sweep(cutoff: number, full: boolean, chunkSize: number): Promise<number> {
  const d = db();
  let after = full ? '' : ((await getSetting('manage:retentionSweptTo')) ?? '');
  let anonymisedCount = 0;
  await paced(
    chunkSize,
    (size) => d.passages.where('id').above(after).limit(size).toArray(),
    async (rows) => {
      const fixed: Passage[] = [];
      for (const p of rows) {
        if (!holdsPersonal(p) || p.retainFrom !== undefined) continue;
        const aged = p.at < cutoff;
        if (aged) anonymisedCount++;
        fixed.push(aged ? anonymised(p) : p);
      }
      after = rows.at(-1)?.id ?? after;
      await d.transaction('rw', d.passages, d.settings, async () => {
        if (fixed.length > 0) await d.passages.bulkPut(fixed);
        if (!full) await setSetting('manage:retentionSweptTo', after);
      });
      return fixed.length;
    },
  );
  if (!full) {
    await d.transaction('rw', d.settings, async () => {
      await setSetting('manage:retentionIndexed', true);
      // The mark the purge went by before: everything below it was taken as done, wrongly.
      await removeSetting('manage:purgedBefore');
    });
  }
  return anonymisedCount;
}

/**
 * The same for checks still waiting in the outbox (a tablet offline past its retention days):
 * each queued passage past `cutoff` loses its personal fields there too, so the hub never
 * receives what the tablet itself no longer keeps. Returns how many it cleared.
 */
async function blankQueuedPassages(cutoff: number, chunkSize: number): Promise<number> {
  const d = db();
  let after = 0;
  let cleared = 0;
  await paced(
    chunkSize,
    (size) => d.outbox.where('seq').above(after).limit(size).toArray(),
    async (items) => {
      after = items.at(-1)?.seq ?? after;
      const changed = items.flatMap((item) => {
        let aged = 0;
        const records = item.records.map((r) => {
          const p = r.body as unknown as Passage;
          if (r.kind !== 'passage' || !holdsPersonal(p) || (p.retainFrom ?? p.at) >= cutoff) return r;
          aged++;
          return { ...r, body: { ...anonymised(p) } };
        });
        cleared += aged;
        return aged > 0 ? [{ ...item, records }] : [];
      });
      // Only rewritten where still queued: an entry the pusher dropped meanwhile stays dropped.
      await d.transaction('rw', d.outbox, async () => {
        const still = await d.outbox.bulkGet(changed.map((c) => c.seq));
        await d.outbox.bulkPut(changed.filter((_, i) => still[i] !== undefined));
      });
      return changed.length;
    },
  );
  return cleared;
}

/** How many records of each kind a purge cleared. */
export interface PurgeCounts {
  passages: number;
  people: number;
  ledger: number;
}

/**
 * Clears personal data past retention (see the module comment); returns what it cleared.
 * `full` also reads every passage for one holding personal data outside the `retainFrom` index
 * (the manager's "purge now"). `chunkSize` bounds one read and write; the size actually used
 * adapts to STEP_BUDGET_MS.
 */
export async function purgePersonalData(
  now: number,
  who: string,
  full = false,
  chunkSize = 5000,
): Promise<PurgeCounts> {
  const d = db();
  const cutoff = retentionCutoff(now, await retentionDays());
  // Before this setting existed, the last run's time is the latest clock known.
  const clock = (await getSetting('manage:purgeClock')) ?? (await getSetting('manage:lastPurge'));
  // Only a clock not behind the latest a run has read may start a period anew (module comment).
  const ahead = clock === undefined || now >= clock - CLOCK_SLACK_MS ? now + CLOCK_SLACK_MS : null;
  let passages = 0;
  if (full || (await getSetting('manage:retentionIndexed')) !== true)
    passages += await sweep(cutoff, full, chunkSize);
  if (ahead !== null) {
    await paced(
      chunkSize,
      (size) => d.passages.where('retainFrom').above(ahead).limit(size).toArray(),
      async (rows) => {
        await d.passages.bulkPut(rows.map((p) => ({ ...p, retainFrom: now })));
        return rows.length;
      },
    );
  }
  passages += await paced(
    chunkSize,
    (size) => d.passages.where('retainFrom').below(cutoff).limit(size).toArray(),
    async (rows) => {
      await d.passages.bulkPut(rows.map(anonymised));
      return rows.length;
    },
  );
  const queued = await blankQueuedPassages(cutoff, chunkSize);
  const restart = ahead === null ? null : { after: ahead, at: now };
  const people = await purgeRegistrations(cutoff, restart);
  const ledger = await blankClosedEntries(cutoff, restart);
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('manage:lastPurge', now);
    await setSetting('manage:purgeClock', Math.max(clock ?? now, now));
    const counts = `passages=${passages} people=${people} ledger=${ledger}${queued ? ` queued=${queued}` : ''}`;
    await audit('purge', who, `${counts} < ${new Date(cutoff).toISOString()}${full ? ' (full)' : ''}`, now);
  });
  return { passages, people, ledger };
}
