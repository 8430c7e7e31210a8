/**
 * The encrypted backup of the estate signing key: a small JSON envelope, PBKDF2-SHA256 → AES-GCM 256
 * with a random salt and IV. The envelope's header is bound into the GCM tag as additional data, so
 * editing any part of the file (iterations, salt, estate, ciphertext) makes it refuse to open.
 */
import { passphraseKey } from '../app/sealed.ts';
import { base64UrlDecode, base64UrlEncode, isObject, parseJson, utf8Bytes } from '../codes/bytes.ts';
import { estateKid } from '../codes/estate-key.ts';
import type { EstateKeyRecord } from '../db/estate.ts';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a backup is rare, so a second on a tablet is fine. */
export const BACKUP_ITERATIONS = 600_000;
/** Below this a file is refused: an edited iteration count must not weaken the key. */
const MIN_ITERATIONS = 210_000;
/** Above this a file is refused: an edited count must not freeze the tablet. */
const MAX_ITERATIONS = 10_000_000;
const FORMAT = 'gate-checkpoint/estate-key-backup';

export type RestoreResult =
  | { ok: true; record: EstateKeyRecord }
  | { ok: false; problem: 'format' | 'passphrase' | 'key' };

interface Header {
  format: typeof FORMAT;
  version: 1;
  estateId: string;
  kid: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
}

/** The header bytes the tag covers: fixed field order, so a re-serialised file still opens. */
const aad = (h: Header) =>
  utf8Bytes(
    JSON.stringify([h.format, h.version, h.estateId, h.kid, h.kdf.iterations, h.kdf.salt, h.cipher.iv]),
  );

/** Encrypts the estate key with a passphrase; returns the backup file's JSON text. */
export async function encryptKeyBackup(
  record: EstateKeyRecord,
  passphrase: string,
  iterations = BACKUP_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: Header = {
    format: FORMAT,
    version: 1,
    estateId: record.estateId,
    kid: record.kid,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: base64UrlEncode(salt) },
    cipher: { name: 'AES-GCM', iv: base64UrlEncode(iv) },
  };
  const key = await passphraseKey(passphrase, salt, iterations);
  const plain = utf8Bytes(JSON.stringify(record));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad(header) as BufferSource },
    key,
    plain as BufferSource,
  );
  return JSON.stringify({ ...header, ciphertext: base64UrlEncode(new Uint8Array(sealed)) }, null, 2);
}

/** The envelope's fields when every one is present and in range, else null. */
function readHeader(
  text: string,
): { header: Header; salt: Uint8Array; iv: Uint8Array; data: Uint8Array } | null {
  const root = parseJson(text);
  if (!isObject(root) || root.format !== FORMAT || root.version !== 1) return null;
  const { kdf, cipher, estateId, kid, ciphertext } = root;
  if (!isObject(kdf) || !isObject(cipher) || typeof estateId !== 'string' || typeof kid !== 'string')
    return null;
  const it = kdf.iterations;
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') return null;
  if (typeof it !== 'number' || !Number.isInteger(it) || it < MIN_ITERATIONS || it > MAX_ITERATIONS)
    return null;
  if (typeof kdf.salt !== 'string' || typeof cipher.iv !== 'string' || typeof ciphertext !== 'string')
    return null;
  const salt = base64UrlDecode(kdf.salt);
  const iv = base64UrlDecode(cipher.iv);
  const data = base64UrlDecode(ciphertext);
  if (!salt || salt.length < 16 || !iv || iv.length !== 12 || !data || data.length <= 16) return null;
  const header: Header = {
    format: FORMAT,
    version: 1,
    estateId,
    kid,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: it, salt: kdf.salt },
    cipher: { name: 'AES-GCM', iv: cipher.iv },
  };
  return { header, salt, iv, data };
}

/** The decrypted key if it is a whole P-256 key pair whose kid matches, else null. */
async function checkRecord(value: unknown, header: Header): Promise<EstateKeyRecord | null> {
  if (!isObject(value)) return null;
  const r = value as unknown as EstateKeyRecord;
  const priv = r.privateKeyJwk as JsonWebKey | undefined;
  const pub = r.publicKeyJwk as EstateKeyRecord['publicKeyJwk'] | undefined;
  if (!priv || !pub || typeof pub.x !== 'string' || typeof pub.y !== 'string') return null;
  if (priv.x !== pub.x || priv.y !== pub.y || typeof priv.d !== 'string') return null;
  if (r.kid !== header.kid || r.estateId !== header.estateId || typeof r.name !== 'string') return null;
  if ((await estateKid({ x: pub.x, y: pub.y })) !== r.kid) return null;
  try {
    await crypto.subtle.importKey('jwk', priv, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  } catch {
    return null;
  }
  return {
    estateId: r.estateId,
    name: r.name,
    kid: r.kid,
    privateKeyJwk: priv,
    publicKeyJwk: { kty: 'EC', crv: 'P-256', x: pub.x, y: pub.y, kid: r.kid },
    createdAt: typeof r.createdAt === 'number' ? r.createdAt : 0,
  };
}

/** Opens a backup file; a wrong passphrase, an edited file or not-a-backup is refused, never thrown. */
export async function decryptKeyBackup(text: string, passphrase: string): Promise<RestoreResult> {
  const parts = readHeader(text);
  if (!parts) return { ok: false, problem: 'format' };
  let plain: ArrayBuffer;
  try {
    const key = await passphraseKey(passphrase, parts.salt, parts.header.kdf.iterations);
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: parts.iv as BufferSource, additionalData: aad(parts.header) as BufferSource },
      key,
      parts.data as BufferSource,
    );
  } catch {
    // GCM cannot tell a wrong passphrase from an edited file: both fail the tag.
    return { ok: false, problem: 'passphrase' };
  }
  const record = await checkRecord(parseJson(new TextDecoder().decode(plain)), parts.header);
  return record ? { ok: true, record } : { ok: false, problem: 'key' };
}
