/**
 * The daily retention purge (src/db/retention.ts) as the screens run it: when it is due, and by
 * one tab of the device at a time. The gate runs it on a schedule of its own (gate/
 * retention-upkeep.ts) and the console when it opens and hourly after (console/ConsoleTabs.tsx).
 */
import { lastPurge, nextPurgeAt, type PurgeCounts, purgePersonalData } from '../db/retention.ts';

// One name for every tab of the origin: a gate and a console open side by side purge once.
const LOCK = 'gate-retention';

let running: Promise<void> | null = null;

async function purgeIfDue(who: string): Promise<void> {
  // Read under the lock: a run another tab has just finished makes this one not due.
  const now = Date.now();
  if (nextPurgeAt(await lastPurge(), now) <= now) await purgePersonalData(now, who);
}

/**
 * Runs the purge if a day has passed since the last run (or the clock went back), audited under
 * `who`; does nothing when a run is already under way in this tab or another (Web Locks,
 * `ifAvailable`; without them, in this tab only). Resolves when done.
 */
export function purgeWhenDue(who: string): Promise<void> {
  running ??= (async () => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (locks)
      await locks.request(LOCK, { ifAvailable: true }, (lock) => (lock ? purgeIfDue(who) : undefined));
    else await purgeIfDue(who);
  })().finally(() => {
    running = null;
  });
  return running;
}

/** A manager's "purge now": every passage read (`full`), after any run under way has finished. */
export async function purgeNow(who: string): Promise<PurgeCounts> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const run = () => purgePersonalData(Date.now(), who, true);
  return locks ? locks.request(LOCK, run) : run();
}
