/**
 * The retention purge on the gate: a tablet that never opens the console clears personal data
 * past retention all the same. Quietly: nothing shows on the screen, the purge writes in small
 * paced steps (db/retention.ts), and it starts only between checks, never while one is open.
 * Shortly after the gate opens, then hourly; the purge itself runs at most once a day.
 */
import { purgeWhenDue } from '../shared/retention.ts';
import { current } from './check-state.ts';
import { gateContext } from './gate-state.ts';

/** After the gate opens: the camera and the first check go first. */
const FIRST_MS = 10_000;
const EVERY_MS = 60 * 60_000;
/** A check open at the hour: try again this much later. */
const RETRY_MS = 60_000;

/** Starts the gate's retention schedule; returns what stops it. */
export function keepRetentionAtGate(): () => void {
  let timer: ReturnType<typeof setTimeout>;
  let stopped = false;
  const tick = () => {
    const ctx = gateContext.value;
    if (!ctx || current.value !== null) {
      timer = setTimeout(tick, RETRY_MS);
      return;
    }
    purgeWhenDue(`gate ${ctx.gateId} ${ctx.deviceId}`)
      // Retried at the next tick; nothing is lost (each write is its own transaction).
      .catch((error: unknown) => console.error('retention purge failed', error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, EVERY_MS);
      });
  };
  timer = setTimeout(tick, FIRST_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
