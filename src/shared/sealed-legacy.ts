/**
 * The two JSON formats passphrase-sealed files had before the binary GCSF format (sealed.ts),
 * kept only to open files people already hold; nothing writes them any more.
 *  - device backup: { format, iterations, salt, iv, data }, gzip then AES-GCM, the header as AAD;
 *  - estate-key backup: { format, version: 1, estateId, kid, kdf, cipher, ciphertext }, AES-GCM
 *    without gzip, the header fields as AAD.
 * Both name their purpose in `format`, which is the purpose sealed.ts binds into new files.
 */
import { gunzipSync } from 'fflate';
import { base64UrlDecode, isObject, parseJson, utf8Bytes } from '../codes/bytes.ts';
import { iterationsInRange, passphraseKey } from './passphrase-key.ts';

/** What opening a file gives: its plaintext, or why not. */
export type Unsealed = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'format' | 'passphrase' };

const FORMAT_ERROR = { ok: false, problem: 'format' } as const;

interface Parts {
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  data: Uint8Array;
  aad: Uint8Array;
  gzip: boolean;
}

/** Salt, IV and ciphertext decoded, when each is present and of a sound length. */
function decodeParts(salt: unknown, iv: unknown, data: unknown) {
  if (typeof salt !== 'string' || typeof iv !== 'string' || typeof data !== 'string') return null;
  const s = base64UrlDecode(salt);
  const i = base64UrlDecode(iv);
  const d = base64UrlDecode(data);
  if (!s || s.length < 16 || !i || i.length !== 12 || !d || d.length <= 16) return null;
  return { salt: s, iv: i, data: d };
}

/** The old device-backup envelope (app/sealed.ts), or null. */
function deviceParts(root: Record<string, unknown>, purpose: string): Parts | null {
  const { iterations, salt, iv, data } = root;
  if (!iterationsInRange(iterations)) return null;
  const parts = decodeParts(salt, iv, data);
  if (!parts) return null;
  const aad = utf8Bytes(JSON.stringify([purpose, iterations, salt, iv]));
  return { iterations, ...parts, aad, gzip: true };
}

/** The old estate-key envelope (manage/key-backup.ts), or null. */
function keyParts(root: Record<string, unknown>, purpose: string): Parts | null {
  const { kdf, cipher, estateId, kid, ciphertext } = root;
  if (!isObject(kdf) || !isObject(cipher) || typeof estateId !== 'string' || typeof kid !== 'string')
    return null;
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') return null;
  if (!iterationsInRange(kdf.iterations)) return null;
  const parts = decodeParts(kdf.salt, cipher.iv, ciphertext);
  if (!parts) return null;
  const aad = utf8Bytes(JSON.stringify([purpose, 1, estateId, kid, kdf.iterations, kdf.salt, cipher.iv]));
  return { iterations: kdf.iterations, ...parts, aad, gzip: false };
}

/** Opens a file in either old format made for `purpose`; refuses, never throws. */
export async function unsealLegacy(purpose: string, file: Uint8Array, passphrase: string): Promise<Unsealed> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return FORMAT_ERROR;
  }
  const root = parseJson(text);
  if (!isObject(root) || root.format !== purpose) return FORMAT_ERROR;
  const parts =
    root.version === undefined
      ? deviceParts(root, purpose)
      : root.version === 1
        ? keyParts(root, purpose)
        : null;
  if (!parts) return FORMAT_ERROR;
  try {
    const key = await passphraseKey(passphrase, parts.salt, parts.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: parts.iv as BufferSource, additionalData: parts.aad as BufferSource },
      key,
      parts.data as BufferSource,
    );
    const bytes = new Uint8Array(plain);
    return { ok: true, bytes: parts.gzip ? gunzipSync(bytes) : bytes };
  } catch {
    // GCM cannot tell a wrong passphrase from an edited file: both fail the tag.
    return { ok: false, problem: 'passphrase' };
  }
}
