/**
 * Console access: who is signed in (null while locked), the lockout and idle auto-lock. The
 * lockout lives in the database, shared by every tab, and is decided there in one transaction
 * per wrong PIN (db/access.ts, rule in db/lockout.ts), so neither a reload nor a second tab
 * resets or races it.
 */
import { signal } from '@preact/signals';
import {
  type AttemptResult,
  checkLockout,
  DEFAULT_IDLE_MINUTES,
  idleMinutes,
  recordPinConfirmed,
  recordUnlock,
  registerFailure,
  saveOperator,
  savePin,
  storedPin,
} from '../../db/access.ts';
import { audit } from '../../db/audit.ts';
import { hashPin, needsRehash, verifyPin } from './pin.ts';

/** The signed-in manager's name, or null while the console is locked. */
export const session = signal<string | null>(null);
/** Idle minutes before auto-lock (read when unlocking, changed in settings). */
export const idleLimit = signal(DEFAULT_IDLE_MINUTES);
let lastActivity = 0;

/** What unlocking came to. */
export type UnlockResult = AttemptResult;

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

/** What the lock screen asks for: nothing set yet, a digit PIN (number pad) or a passphrase. */
export async function secretKind(): Promise<'none' | 'pin' | 'passphrase'> {
  const stored = await storedPin();
  if (stored === null) return 'none';
  return stored.numeric === false ? 'passphrase' : 'pin';
}

/** Sets the first PIN and opens the console. */
export async function setFirstPin(pin: string, who: string, now: number): Promise<void> {
  await savePin(await hashPin(pin), who, 'pin-set', now);
  await open(who, now);
}

/**
 * Tries a PIN: opens the console, counts a wrong try, or reports the lockout. The lockout is
 * checked before the (slow) verification and again when its answer is recorded, so an answer
 * that comes back after another tab started a lockout is dropped unseen.
 */
export async function unlock(pin: string, who: string, now: number): Promise<UnlockResult> {
  const { ms, ticket } = await checkLockout();
  if (ms > 0) return { kind: 'locked', ms };
  const stored = await storedPin();
  if (stored === null || !(await verifyPin(pin, stored))) return registerFailure(ticket, who, now);
  // A hash made with fewer iterations is made again now, while the PIN is at hand.
  const rehashed = needsRehash(stored) ? { from: stored, to: await hashPin(pin) } : undefined;
  const result = await recordUnlock(ticket, who, now, rehashed);
  if (result.kind === 'ok') await open(who, now);
  return result;
}

/**
 * Asks the PIN again inside the open console, for an action that needs it (an unmasked export).
 * A wrong one counts toward the lockout and is audited like a wrong unlock; the right one opens
 * nothing new and leaves the audit line to the action.
 */
export async function confirmPin(pin: string, now: number): Promise<AttemptResult> {
  const who = session.value ?? '';
  const { ms, ticket } = await checkLockout();
  if (ms > 0) return { kind: 'locked', ms };
  const stored = await storedPin();
  if (stored === null || !(await verifyPin(pin, stored))) return registerFailure(ticket, who, now);
  return recordPinConfirmed(ticket);
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
