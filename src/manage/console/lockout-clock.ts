/**
 * The clock a lockout runs down by. While a lock screen is open, the time it sees pass on
 * `performance.now()` (monotonic: setting the tablet's clock does not move it) is credited to
 * the stored lockout once a second (db/lockout.ts says why the wall clock is not used). One tab
 * at a time credits, holding a Web Lock, so eight open tabs do not serve a lockout eight times
 * as fast; the others only read it. Time is credited only to a lockout that was already running
 * at the tick before, so a tick never counts time from before the lockout began.
 */
import { checkLockout, serveLockout } from '../../db/access.ts';

const TICK_MS = 1000;
const LOCK_NAME = 'gate-console-lockout-clock';

/** Serves the lockout while the lock screen is open, telling `show` the time left each second; returns the stop. */
export function watchLockout(show: (ms: number) => void): () => void {
  let stopped = false;
  let serving = false;
  let busy = false;
  let last = performance.now();
  // The lockouts count at the previous tick; -1 before the first, so it credits nothing.
  let seen = -1;
  let release = (): void => undefined;
  const abort = new AbortController();
  if ('locks' in navigator) {
    navigator.locks
      .request(
        LOCK_NAME,
        { signal: abort.signal },
        () =>
          new Promise<void>((resolve) => {
            serving = true;
            last = performance.now();
            release = resolve;
          }),
      )
      // Aborted when the screen closes before its turn: nothing to do.
      .catch(() => undefined);
  } else serving = true;

  async function tick(): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      const at = performance.now();
      const elapsed = at - last;
      last = at;
      if (serving) {
        const state = await serveLockout(elapsed, seen);
        seen = state.lockouts;
        if (!stopped) show(state.ms);
      } else {
        const state = await checkLockout();
        seen = state.ticket;
        if (!stopped) show(state.ms);
      }
    } finally {
      busy = false;
    }
  }
  const timer = setInterval(() => void tick(), TICK_MS);
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
    abort.abort();
    release();
  };
}
