/**
 * The key behind every passphrase-sealed file, old formats and current: PBKDF2-SHA256 to an
 * AES-GCM 256 key. The iteration bounds are checked before deriving, so an edited count can
 * neither weaken the key nor freeze the tablet.
 */
import { utf8Bytes } from '../codes/bytes.ts';

/** PBKDF2 iterations for new files (OWASP 2023 for SHA-256); a backup is rare, so a second on a tablet is fine. */
export const SEAL_ITERATIONS = 600_000;
/** Below this a file is refused: an edited iteration count must not weaken the key. */
export const MIN_ITERATIONS = 210_000;
/** Above this a file is refused: an edited count must not freeze the tablet. */
export const MAX_ITERATIONS = 10_000_000;

/** True for an iteration count a file may carry. */
export function iterationsInRange(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= MIN_ITERATIONS && n <= MAX_ITERATIONS;
}

/** An AES-GCM 256 key from a passphrase by PBKDF2-SHA256 (NFC-normalised, so any keyboard types the same key). */
export async function passphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', utf8Bytes(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
