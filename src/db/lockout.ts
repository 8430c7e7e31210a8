/**
 * The console's PIN lockout rule, pure (db/access.ts applies it inside its transactions).
 *
 * Wrong PINs are counted until the right one is entered. The fifth locks the console for 30 s;
 * after that every further wrong PIN locks it again at once, each lockout twice as long as the
 * one before, up to 15 minutes. So guessing is bounded by count: 10 guesses in the first 16
 * minutes, then 4 an hour (104 in a day), and a passer-by who types wrong PINs keeps the
 * manager out for 15 minutes at most. No count locks the console for good: that would let
 * anyone at the tablet shut the manager out with a few wrong PINs.
 *
 * A lockout is a length of time to be served, not a wall-clock end: it runs down only by time
 * that an open lock screen saw pass on its monotonic clock (`performance.now()`), credited to
 * the stored state as it passes. Setting the tablet's clock forward therefore ends no lockout,
 * and setting it back makes none longer. The price: the wait counts only while the lock screen
 * is open on this tablet (15 minutes at most, with the screen open).
 */
import type { LockoutState } from './types.ts';

/** Wrong PINs before the first lockout (the fifth locks). */
export const MAX_TRIES = 5;
/** The first lockout; each further one doubles it. */
export const FIRST_LOCKOUT_MS = 30_000;
/** The longest lockout. */
export const MAX_LOCKOUT_MS = 15 * 60_000;

/** No failures yet. */
export const NO_LOCKOUT: LockoutState = { failures: 0, lockouts: 0, lockMs: 0, servedMs: 0 };

/** The length of the `n`th lockout (1-based). */
export function lockoutLength(n: number): number {
  return Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** Math.max(0, n - 1));
}

/** Milliseconds of the current lockout still to be served (0 when not locked out). */
export function lockoutRemainingMs(state: LockoutState): number {
  return Math.max(0, state.lockMs - state.servedMs);
}

/** Wrong PINs left before the next lockout. */
export function triesLeft(state: LockoutState): number {
  return Math.max(1, MAX_TRIES - state.failures);
}

/** The state after one more wrong PIN: the fifth and every later one starts a longer lockout. */
export function afterFailure(state: LockoutState): LockoutState {
  const failures = state.failures + 1;
  if (failures < MAX_TRIES) return { ...state, failures };
  const lockouts = state.lockouts + 1;
  return { failures, lockouts, lockMs: lockoutLength(lockouts), servedMs: 0 };
}

/** The state after `elapsedMs` of the current lockout passed before an open lock screen. */
export function afterServing(state: LockoutState, elapsedMs: number): LockoutState {
  const servedMs = Math.min(state.lockMs, state.servedMs + Math.max(0, elapsedMs));
  return { ...state, servedMs };
}

/**
 * A stored state as this version reads it. Versions before kept a wall-clock `lockedUntil` and
 * set the failures back to 0 after each lockout: such a state counts its failures again and,
 * if it holds a lockout, serves that lockout's full length once more (its end was a wall-clock
 * time, which cannot be trusted).
 */
export function normaliseLockout(raw: Partial<LockoutState> & { lockedUntil?: number }): LockoutState {
  const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
  const failures = num(raw.failures);
  const lockouts = num(raw.lockouts);
  if ('lockMs' in raw) return { failures, lockouts, lockMs: num(raw.lockMs), servedMs: num(raw.servedMs) };
  const locked = lockouts > 0 && num(raw.lockedUntil) > 0;
  return {
    failures: failures + lockouts * MAX_TRIES,
    lockouts,
    lockMs: locked ? lockoutLength(lockouts) : 0,
    servedMs: 0,
  };
}
