/**
 * The one passphrase-sealed file format (GCSF), used by the whole-tablet backup and the estate-key
 * backup alike. Bytes are gzipped, then sealed with AES-GCM 256 under a PBKDF2-SHA256 key:
 *
 *   offset  size  field
 *   0       4     magic "GCSF"
 *   4       1     version (1)
 *   5       4     PBKDF2 iterations, unsigned big-endian
 *   9       16    salt
 *   25      12    AES-GCM IV
 *   37      1     purpose length n (bytes)
 *   38      n     purpose, UTF-8 (e.g. "gate-checkpoint/backup")
 *   38+n    …     ciphertext with its 16-byte tag
 *
 * Everything before the ciphertext is the GCM additional data, so any edit makes the file refuse
 * to open; the purpose keeps a key backup from being restored as a tablet backup and back.
 * Files of the two older JSON formats still open (sealed-legacy.ts).
 */
import { gunzipSync, gzipSync } from 'fflate';
import { utf8Bytes } from '../codes/bytes.ts';
import { iterationsInRange, passphraseKey, SEAL_ITERATIONS } from './passphrase-key.ts';
import { type Unsealed, unsealLegacy } from './sealed-legacy.ts';

export { SEAL_ITERATIONS } from './passphrase-key.ts';
export type { Unsealed } from './sealed-legacy.ts';

/** The file's first bytes: "GCSF" (gate checkpoint sealed file). */
export const SEALED_MAGIC = Uint8Array.from([0x47, 0x43, 0x53, 0x46]);
/** What a file picker for sealed files offers: new files, and the .json files of the older formats. */
export const SEALED_FILE_ACCEPT = '.gcsf,.json,application/octet-stream,application/json';
/** The format version this code writes. */
export const SEALED_VERSION = 1;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Magic, version, iterations, salt, IV, purpose length. */
const FIXED_BYTES = 4 + 1 + 4 + SALT_BYTES + IV_BYTES + 1;

/** True when `file` starts with the GCSF magic (of any version). */
export function isSealedFile(file: Uint8Array): boolean {
  return SEALED_MAGIC.every((b, i) => file[i] === b);
}

/** Seals bytes for `purpose` under a passphrase; returns the file's bytes. */
export async function seal(
  purpose: string,
  bytes: Uint8Array,
  passphrase: string,
  iterations = SEAL_ITERATIONS,
): Promise<Uint8Array> {
  const label = utf8Bytes(purpose);
  if (label.length > 255 || !iterationsInRange(iterations))
    throw new RangeError('seal: bad purpose or iterations');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = new Uint8Array(FIXED_BYTES + label.length);
  header.set(SEALED_MAGIC, 0);
  header[4] = SEALED_VERSION;
  new DataView(header.buffer).setUint32(5, iterations);
  header.set(salt, 9);
  header.set(iv, 9 + SALT_BYTES);
  header[FIXED_BYTES - 1] = label.length;
  header.set(label, FIXED_BYTES);
  const key = await passphraseKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: header as BufferSource },
    key,
    gzipSync(bytes) as BufferSource,
  );
  const file = new Uint8Array(header.length + sealed.byteLength);
  file.set(header, 0);
  file.set(new Uint8Array(sealed), header.length);
  return file;
}

/** Opens a file sealed for `purpose` (GCSF or an older format); a wrong passphrase or any edit is refused, never thrown. */
export async function unseal(purpose: string, file: Uint8Array, passphrase: string): Promise<Unsealed> {
  if (!isSealedFile(file)) return unsealLegacy(purpose, file, passphrase);
  const format = { ok: false, problem: 'format' } as const;
  if (file.length < FIXED_BYTES || file[4] !== SEALED_VERSION) return format;
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const iterations = view.getUint32(5);
  const labelLength = file[FIXED_BYTES - 1] ?? 0;
  const headerLength = FIXED_BYTES + labelLength;
  if (!iterationsInRange(iterations) || file.length <= headerLength + TAG_BYTES) return format;
  const header = file.subarray(0, headerLength);
  const label = new TextDecoder().decode(header.subarray(FIXED_BYTES));
  if (label !== purpose) return format;
  try {
    const key = await passphraseKey(passphrase, header.slice(9, 9 + SALT_BYTES), iterations);
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: header.slice(9 + SALT_BYTES, 9 + SALT_BYTES + IV_BYTES) as BufferSource,
        additionalData: header as BufferSource,
      },
      key,
      file.subarray(headerLength) as BufferSource,
    );
    return { ok: true, bytes: gunzipSync(new Uint8Array(plain)) };
  } catch {
    // GCM cannot tell a wrong passphrase from an edited file: both fail the tag.
    return { ok: false, problem: 'passphrase' };
  }
}
