/**
 * The console's access, kept in settings under `manage:` keys (never taken from a backup): the
 * PIN hash, the lockout state, the last manager's name and the idle minutes before auto-lock.
 * Written by the console's lock screen and settings; a PIN set or change, and a change of the
 * idle minutes, is audited in the same transaction.
 *
 * Every tab of the console shares the lockout state: each wrong PIN is counted, and the lockout
 * it may start decided (lockout.ts), in one read-modify-write transaction with its audit entries,
 * so tabs guessing at once cannot each count from the same old state. A tab checks the lockout
 * before it verifies a PIN and takes a ticket (the number of lockouts so far); when its answer
 * comes back and a lockout began meanwhile, the answer is dropped, neither counted nor shown,
 * so a verification started before a lockout does not slip through it.
 */
import { audit } from './audit.ts';
import { db } from './index.ts';
import {
  afterFailure,
  afterServing,
  lockoutRemainingMs,
  NO_LOCKOUT,
  normaliseLockout,
  triesLeft,
} from './lockout.ts';
import { getSetting, setSetting } from './settings.ts';
import type { LockoutState, PinHash } from './types.ts';

export type { LockoutState, PinHash } from './types.ts';

/** The lockout as a tab sees it before verifying a PIN: time left, and the ticket to answer with. */
export interface LockoutCheck {
  ms: number;
  /** Lockouts begun so far: an answer is dropped when more have begun since. */
  ticket: number;
}

/** What a verified PIN came to once recorded. */
export type AttemptResult =
  | { kind: 'ok' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; ms: number };

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
  const raw = await getSetting('manage:lockout');
  return raw === undefined ? NO_LOCKOUT : normaliseLockout(raw);
}

/** The lockout now, and the ticket a PIN verified from here must be recorded with. */
export async function checkLockout(): Promise<LockoutCheck> {
  const state = await storedLockout();
  return { ms: lockoutRemainingMs(state), ticket: state.lockouts };
}

// True when a lockout began after the tab took `ticket`, or one is running: its answer is dropped.
const lockedSince = (state: LockoutState, ticket: number): boolean =>
  state.lockouts > ticket || lockoutRemainingMs(state) > 0;

/**
 * Counts a wrong PIN verified under `ticket`, starts a lockout when the rule says so and audits
 * the failure (and the lockout), all in one transaction.
 */
export async function registerFailure(ticket: number, who: string, now: number): Promise<AttemptResult> {
  const d = db();
  return d.transaction('rw', d.settings, d.audit, async () => {
    const state = await storedLockout();
    if (lockedSince(state, ticket)) return { kind: 'locked', ms: lockoutRemainingMs(state) };
    const next = afterFailure(state);
    await setSetting('manage:lockout', next);
    await audit('pin-fail', who, `${next.failures}`, now);
    const ms = lockoutRemainingMs(next);
    if (next.lockouts === state.lockouts) return { kind: 'wrong', triesLeft: triesLeft(next) };
    await audit('pin-lockout', who, `${next.lockouts}: ${Math.round(ms / 1000)} s`, now);
    return { kind: 'locked', ms };
  });
}

/**
 * Records the right PIN verified under `ticket`: clears the lockout and audits the unlock, in one
 * transaction; refused when a lockout began meanwhile. `rehashed` replaces a hash made with
 * fewer iterations (only if the stored one is still `rehashed.from`).
 */
export async function recordUnlock(
  ticket: number,
  who: string,
  now: number,
  rehashed?: { from: PinHash; to: PinHash },
): Promise<AttemptResult> {
  const d = db();
  return d.transaction('rw', d.settings, d.audit, async () => {
    const state = await storedLockout();
    if (lockedSince(state, ticket)) return { kind: 'locked', ms: lockoutRemainingMs(state) };
    await setSetting('manage:lockout', NO_LOCKOUT);
    await audit('unlock', who, '', now);
    const stored = await storedPin();
    if (rehashed !== undefined && stored?.salt === rehashed.from.salt && stored.hash === rehashed.from.hash) {
      await setSetting('manage:pin', rehashed.to);
      await audit('setting', who, `pinIterations=${rehashed.to.iterations}`, now);
    }
    return { kind: 'ok' };
  });
}

/**
 * Records the right PIN given again inside the open console (to confirm an action such as an
 * unmasked export) under `ticket`: like an unlock it clears the count of wrong PINs, but the
 * action it confirms writes the audit line. Refused when a lockout began meanwhile.
 */
export async function recordPinConfirmed(ticket: number): Promise<AttemptResult> {
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const state = await storedLockout();
    if (lockedSince(state, ticket)) return { kind: 'locked', ms: lockoutRemainingMs(state) };
    await setSetting('manage:lockout', NO_LOCKOUT);
    return { kind: 'ok' };
  });
}

/**
 * Credits `elapsedMs` of monotonic time, seen by an open lock screen, to the lockout it saw
 * (`lockouts`; none when another began since). Returns the time left and the lockouts now.
 */
export async function serveLockout(
  elapsedMs: number,
  lockouts: number,
): Promise<{ ms: number; lockouts: number }> {
  const credits = (s: LockoutState): boolean =>
    s.lockouts === lockouts && lockoutRemainingMs(s) > 0 && elapsedMs > 0;
  const seen = await storedLockout();
  // Read first: the lock screen ticks every second, and most ticks have nothing to write.
  if (!credits(seen)) return { ms: lockoutRemainingMs(seen), lockouts: seen.lockouts };
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    let state = await storedLockout();
    if (credits(state)) {
      state = afterServing(state, elapsedMs);
      await setSetting('manage:lockout', state);
    }
    return { ms: lockoutRemainingMs(state), lockouts: state.lockouts };
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
