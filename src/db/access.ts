/**
 * The console's access, kept in settings under `manage:` keys (never taken from a backup): the
 * PIN hash, the lockout state, the last manager's name and the idle minutes before auto-lock.
 * Written by the console's lock screen and settings; a PIN set or change, and a change of the
 * idle minutes, is audited in the same transaction.
 */
import { audit } from './audit.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';
import type { LockoutState, PinHash } from './types.ts';

export type { LockoutState, PinHash } from './types.ts';

/** No wrong tries and no lockout. */
const NO_LOCKOUT: LockoutState = { failures: 0, lockouts: 0, lockedUntil: 0 };

/** The stored PIN hash, or null before the first use. */
export async function storedPin(): Promise<PinHash | null> {
  return (await getSetting('manage:pin')) ?? null;
}

/** Stores a new PIN hash, audited as the first PIN or a change under `who`. */
export async function savePin(
  hash: PinHash,
  who: string,
  action: 'pin-set' | 'pin-change',
  now: number,
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('manage:pin', hash);
    await audit(action, who, '', now);
  });
}

/** The persisted lockout state. */
export async function storedLockout(): Promise<LockoutState> {
  return (await getSetting('manage:lockout')) ?? NO_LOCKOUT;
}

/** Persists the lockout state (before the screen shows it, so a reload keeps it). */
export async function saveLockout(state: LockoutState): Promise<void> {
  await setSetting('manage:lockout', state);
}

/** Clears the lockout after the right PIN and audits the unlock, in one transaction. */
export async function recordUnlock(who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('manage:lockout', NO_LOCKOUT);
    await audit('unlock', who, '', now);
  });
}

/** The name the last manager signed in with on this device. */
export async function lastOperator(): Promise<string> {
  return (await getSetting('manage:operator')) ?? '';
}

/** Remembers the manager's name for the next unlock. */
export async function saveOperator(name: string): Promise<void> {
  await setSetting('manage:operator', name);
}

/** Idle minutes before the console locks itself, unless the manager sets otherwise. */
export const DEFAULT_IDLE_MINUTES = 5;

/** Idle minutes before the console locks itself. */
export async function idleMinutes(): Promise<number> {
  return (await getSetting('manage:idleMinutes')) ?? DEFAULT_IDLE_MINUTES;
}

/** Sets the idle minutes before auto-lock, audited under `who`. */
export async function saveIdleMinutes(minutes: number, who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('manage:idleMinutes', minutes);
    await audit('setting', who, `idleMinutes=${minutes}`, now);
  });
}
