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

/** Resolves once no screen is reading or has just read (called by upkeep before each step). */
export async function upkeepTurn(): Promise<void> {
  for (;;) {
    const wait = reading > 0 ? QUIET_MS : lastRead + QUIET_MS - performance.now();
    if (wait <= 0) return;
    await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }
}
