/**
 * Console access: who is signed in (null while locked), the lockout and idle auto-lock. The
 * lockout is persisted before the screen shows it, so reloading the page does not reset it.
 */
import { signal } from '@preact/signals';
import {
  DEFAULT_IDLE_MINUTES,
  idleMinutes,
  recordUnlock,
  saveLockout,
  saveOperator,
  savePin,
  storedLockout,
  storedPin,
} from '../../db/access.ts';
import { audit } from '../../db/audit.ts';
import { afterFailure, hashPin, lockoutRemainingMs, verifyPin } from './pin.ts';

/** The signed-in manager's name, or null while the console is locked. */
export const session = signal<string | null>(null);
/** Idle minutes before auto-lock (read when unlocking, changed in settings). */
export const idleLimit = signal(DEFAULT_IDLE_MINUTES);
let lastActivity = 0;

/** What unlocking came to. */
export type UnlockResult =
  | { kind: 'ok' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; ms: number };

async function open(who: string, now: number): Promise<void> {
  await saveOperator(who);
  idleLimit.value = await idleMinutes();
  lastActivity = now;
  session.value = who;
}

/** True when no PIN was set yet (first use). */
export async function needsFirstPin(): Promise<boolean> {
  return (await storedPin()) === null;
}

/** Sets the first PIN and opens the console. */
export async function setFirstPin(pin: string, who: string, now: number): Promise<void> {
  await savePin(await hashPin(pin), who, 'pin-set', now);
  await open(who, now);
}

/** Milliseconds of lockout left at `now`. */
export async function lockoutLeft(now: number): Promise<number> {
  return lockoutRemainingMs(await storedLockout(), now);
}

/** Tries a PIN: opens the console, counts a wrong try, or reports the lockout. */
export async function unlock(pin: string, who: string, now: number): Promise<UnlockResult> {
  const state = await storedLockout();
  const left = lockoutRemainingMs(state, now);
  if (left > 0) return { kind: 'locked', ms: left };
  const stored = await storedPin();
  if (stored !== null && (await verifyPin(pin, stored))) {
    await recordUnlock(who, now);
    await open(who, now);
    return { kind: 'ok' };
  }
  const next = afterFailure(state, now);
  await saveLockout(next);
  const ms = lockoutRemainingMs(next, now);
  return ms > 0 ? { kind: 'locked', ms } : { kind: 'wrong', triesLeft: 5 - next.failures };
}

/** Changes the PIN after checking the current one. */
export async function changePin(current: string, next: string, now: number): Promise<boolean> {
  const stored = await storedPin();
  if (stored === null || !(await verifyPin(current, stored))) return false;
  await savePin(await hashPin(next), session.value ?? '', 'pin-change', now);
  return true;
}

/** Locks the console (by hand or after idle minutes). */
export async function lock(now: number, auto = false): Promise<void> {
  const who = session.value;
  if (who === null) return;
  session.value = null;
  await audit(auto ? 'auto-lock' : 'lock', who, '', now);
}

/** Notes activity (a key or a tap) so the idle timer starts again. */
export function touch(now: number): void {
  lastActivity = now;
}

/** Locks the console when idle longer than the limit; called on a timer. */
export async function lockIfIdle(now: number): Promise<void> {
  if (session.value !== null && now - lastActivity >= idleLimit.value * 60_000) await lock(now, true);
}
