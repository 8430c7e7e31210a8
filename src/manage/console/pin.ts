/**
 * The manager's secret: a PIN of 6 or more digits, or a passphrase (letters allowed) for a
 * manager who wants one much harder to guess. Only a PBKDF2-SHA256 hash with a random salt is
 * ever stored. Pure apart from WebCrypto. The lockout rule is the data layer's (db/lockout.ts).
 */
// The stored shape belongs to the data layer (db/access.ts keeps it); the rules over it are here.
import type { PinHash } from '../../db/access.ts';
import { MIN_PASSPHRASE_CHARS } from '../../shared/backup-flow.ts';

export type { PinHash };

/**
 * PBKDF2 rounds for new hashes: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. About 0.12-0.2 s in
 * Chromium on this machine's core (README), so well under a second on a tablet; a 6-digit PIN is
 * a small space, so each guess offline should cost as much as an unlock can bear.
 */
export const PIN_ITERATIONS = 600_000;
/** Digits a PIN must have at least. */
export const PIN_MIN_DIGITS = 6;
/** Characters a passphrase (anything not all digits) must have at least: the backups' minimum. */
export const PASSPHRASE_MIN_CHARS = MIN_PASSPHRASE_CHARS;

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array((text.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

/** True when `secret` is only digits (a PIN: the lock screen then offers the number pad). */
export function isNumericPin(secret: string): boolean {
  return /^\d+$/.test(secret);
}

/** True for a PIN of at least 6 digits or a passphrase of at least 8 characters. */
export function pinAcceptable(secret: string): boolean {
  return isNumericPin(secret)
    ? secret.length >= PIN_MIN_DIGITS
    : [...secret.normalize('NFC')].length >= PASSPHRASE_MIN_CHARS;
}

// NFC, so any keyboard types the same passphrase; digits are the same either way, so hashes made
// before (without it) still verify.
async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return hex(new Uint8Array(bits));
}

/** Hashes a PIN or passphrase with a fresh random salt. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    salt: hex(salt),
    hash: await derive(pin, salt, iterations),
    iterations,
    numeric: isNumericPin(pin),
  };
}

/** True when a stored hash was made with fewer iterations than new ones get (made again at the next unlock). */
export function needsRehash(stored: PinHash): boolean {
  return stored.iterations < PIN_ITERATIONS;
}

/** True when `pin` matches the stored hash (compared in constant time). */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const got = await derive(pin, unhex(stored.salt), stored.iterations);
  if (got.length !== stored.hash.length) return false;
  let diff = 0;
  for (let i = 0; i < got.length; i++) diff |= got.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  return diff === 0;
}
