/**
 * A passphrase-sealed file: gzip, then AES-GCM 256 with a key from PBKDF2-SHA256 (random salt
 * and IV). The header is bound into the GCM tag, so any edit to the file makes it refuse to open.
 */
import { gunzipSync, gzipSync } from 'fflate';
import { base64UrlDecode, base64UrlEncode, isObject, parseJson, utf8Bytes } from '../codes/bytes.ts';

/** PBKDF2 iterations for new files (OWASP 2023 for SHA-256). */
export const SEAL_ITERATIONS = 600_000;
const MIN_ITERATIONS = 210_000;
const MAX_ITERATIONS = 10_000_000;

export type Unsealed = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'format' | 'passphrase' };

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

const aad = (format: string, iterations: number, salt: string, iv: string) =>
  utf8Bytes(JSON.stringify([format, iterations, salt, iv])) as BufferSource;

/** Seals bytes under a passphrase; returns the file's JSON text. */
export async function seal(
  format: string,
  bytes: Uint8Array,
  passphrase: string,
  iterations = SEAL_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const s = base64UrlEncode(salt);
  const i = base64UrlEncode(iv);
  const key = await passphraseKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad(format, iterations, s, i) },
    key,
    gzipSync(bytes) as BufferSource,
  );
  return JSON.stringify({
    format,
    iterations,
    salt: s,
    iv: i,
    data: base64UrlEncode(new Uint8Array(sealed)),
  });
}

/** Opens a sealed file of `format`; a wrong passphrase or any edit is refused, never thrown. */
export async function unseal(format: string, text: string, passphrase: string): Promise<Unsealed> {
  const root = parseJson(text);
  if (!isObject(root) || root.format !== format) return { ok: false, problem: 'format' };
  const { iterations, salt, iv, data } = root;
  if (
    typeof iterations !== 'number' ||
    !Number.isInteger(iterations) ||
    iterations < MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS
  )
    return { ok: false, problem: 'format' };
  if (typeof salt !== 'string' || typeof iv !== 'string' || typeof data !== 'string')
    return { ok: false, problem: 'format' };
  const saltBytes = base64UrlDecode(salt);
  const ivBytes = base64UrlDecode(iv);
  const sealed = base64UrlDecode(data);
  if (
    !saltBytes ||
    saltBytes.length < 16 ||
    !ivBytes ||
    ivBytes.length !== 12 ||
    !sealed ||
    sealed.length <= 16
  )
    return { ok: false, problem: 'format' };
  try {
    const key = await passphraseKey(passphrase, saltBytes, iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: ivBytes as BufferSource, additionalData: aad(format, iterations, salt, iv) },
      key,
      sealed as BufferSource,
    );
    return { ok: true, bytes: gunzipSync(new Uint8Array(plain)) };
  } catch {
    // GCM cannot tell a wrong passphrase from an edited file: both fail the tag.
    return { ok: false, problem: 'passphrase' };
  }
}
