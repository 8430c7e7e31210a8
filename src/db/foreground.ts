/**
 * Screens first: the console's screen reads (a log page, the dashboard) mark themselves here, and
 * background upkeep (the retention purge, filling log rows) waits for a quiet moment before each
 * of its reads and writes. A screen then waits for at most the one write already under way,
 * not for a queue of them, nor competes with them while it paints.
 */

// How long after a screen's read the upkeep stays out of the way: the rows are painted by then.
const QUIET_MS = 250;

let reading = 0;
let lastRead = -Infinity;

/** Runs a screen's `read`, holding background upkeep back until it is done and painted. */
export async function screenRead<T>(read: () => Promise<T>): Promise<T> {
  reading++;
  try {
    return await read();
  } finally {
    reading--;
    lastRead = performance.now();
  }
}

// Upkeep still takes a step after waiting this long, so a screen read again and again (a manager
// paging on) cannot hold it back for good.
const MAX_WAIT_MS = 1000;

/** Resolves once no screen is reading or has just read, or after MAX_WAIT_MS (upkeep calls it before each step). */
export async function upkeepTurn(): Promise<void> {
  const giveUp = performance.now() + MAX_WAIT_MS;
  for (;;) {
    const now = performance.now();
    const wait = Math.min(reading > 0 ? QUIET_MS : lastRead + QUIET_MS - now, giveUp - now);
    if (wait <= 0) return;
    await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }
}
