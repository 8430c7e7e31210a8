/**
 * The encrypted backup of the estate signing key: the key record as JSON, sealed under a
 * passphrase in the shared GCSF format (shared/sealed.ts). Backups made in the older JSON
 * envelope still open. A file that decrypts is trusted only if it holds a whole P-256 key pair
 * whose kid is its own.
 */
import { isObject, parseJson, utf8Bytes } from '../codes/bytes.ts';
import { estateKid } from '../codes/estate-key.ts';
import type { EstateKeyRecord } from '../db/estate.ts';
import { SEAL_ITERATIONS, seal, unseal } from '../shared/sealed.ts';

/** The purpose sealed into the file: the old envelope's `format`, so old files open under it too. */
export const KEY_BACKUP_PURPOSE = 'gate-checkpoint/estate-key-backup';

export type RestoreResult =
  | { ok: true; record: EstateKeyRecord }
  | { ok: false; problem: 'format' | 'passphrase' | 'key' };

/** Encrypts the estate key with a passphrase; returns the backup file's bytes. */
export function encryptKeyBackup(
  record: EstateKeyRecord,
  passphrase: string,
  iterations = SEAL_ITERATIONS,
): Promise<Uint8Array> {
  return seal(KEY_BACKUP_PURPOSE, utf8Bytes(JSON.stringify(record)), passphrase, iterations);
}

/** The decrypted key if it is a whole P-256 key pair whose kid is its own, else null. */
async function checkRecord(value: unknown): Promise<EstateKeyRecord | null> {
  if (!isObject(value)) return null;
  const r = value as unknown as EstateKeyRecord;
  const priv = r.privateKeyJwk as JsonWebKey | undefined;
  const pub = r.publicKeyJwk as EstateKeyRecord['publicKeyJwk'] | undefined;
  if (!priv || !pub || typeof pub.x !== 'string' || typeof pub.y !== 'string') return null;
  if (priv.x !== pub.x || priv.y !== pub.y || typeof priv.d !== 'string') return null;
  if (typeof r.kid !== 'string' || typeof r.estateId !== 'string' || typeof r.name !== 'string') return null;
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
export async function decryptKeyBackup(file: Uint8Array, passphrase: string): Promise<RestoreResult> {
  const opened = await unseal(KEY_BACKUP_PURPOSE, file, passphrase);
  if (!opened.ok) return opened;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(opened.bytes);
  } catch {
    return { ok: false, problem: 'key' };
  }
  const record = await checkRecord(parseJson(text));
  return record ? { ok: true, record } : { ok: false, problem: 'key' };
}
