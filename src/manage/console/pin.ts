/**
 * The manager PIN: only a PBKDF2-SHA256 hash with a random salt is ever stored, and wrong tries
 * lead to a lockout whose delay doubles each time. Pure apart from WebCrypto; time is passed in.
 */
// The stored shapes belong to the data layer (db/access.ts keeps them); the rules over them are here.
import type { LockoutState, PinHash } from '../../db/access.ts';

export type { LockoutState, PinHash };

/** PBKDF2 rounds: OWASP's 2023 floor for PBKDF2-HMAC-SHA256 (a 6-digit PIN is a small space). */
export const PIN_ITERATIONS = 210_000;
/** Digits a PIN must have at least. */
export const PIN_MIN_DIGITS = 6;
/** Wrong tries allowed before a lockout. */
export const MAX_TRIES = 5;
/** The first lockout; each further one doubles it. */
export const FIRST_LOCKOUT_MS = 30_000;

/** No failures yet. */
export const NO_LOCKOUT: LockoutState = { failures: 0, lockouts: 0, lockedUntil: 0 };

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array((text.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

/** True when `pin` is only digits and long enough. */
export function pinAcceptable(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_MIN_DIGITS},}$`).test(pin);
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return hex(new Uint8Array(bits));
}

/** Hashes a PIN with a fresh random salt. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(pin, salt, iterations), iterations };
}

/** True when `pin` matches the stored hash (compared in constant time). */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const got = await derive(pin, unhex(stored.salt), stored.iterations);
  if (got.length !== stored.hash.length) return false;
  let diff = 0;
  for (let i = 0; i < got.length; i++) diff |= got.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  return diff === 0;
}

/** Milliseconds left of a lockout at `now` (0 when not locked out). */
export function lockoutRemainingMs(state: LockoutState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/** The state after a wrong PIN at `now`: the 5th wrong try locks out for 30 s, 60 s, 120 s… */
export function afterFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  if (failures < MAX_TRIES) return { ...state, failures };
  const lockouts = state.lockouts + 1;
  return { failures: 0, lockouts, lockedUntil: now + FIRST_LOCKOUT_MS * 2 ** (lockouts - 1) };
}
