/**
 * A device's public key: an ECDSA P-256 JWK made on the device (non-extractable private part).
 * Only the public members are kept; a JWK holding a private part (`d`) is refused, never stored.
 */
import { webcrypto } from 'node:crypto';

/** The public JWK as stored. */
export interface DevicePublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

const B64URL_32 = /^[A-Za-z0-9_-]{43}$/;

/** The key's public members when `jwk` is a usable P-256 public key, else null. */
export async function readPublicJwk(jwk: unknown): Promise<DevicePublicJwk | null> {
  if (typeof jwk !== 'object' || jwk === null) return null;
  const { kty, crv, x, y, d } = jwk as Record<string, unknown>;
  if (kty !== 'EC' || crv !== 'P-256' || d !== undefined) return null;
  if (typeof x !== 'string' || typeof y !== 'string' || !B64URL_32.test(x) || !B64URL_32.test(y)) return null;
  const key: DevicePublicJwk = { kty, crv, x, y };
  try {
    // Importing checks that the point is on the curve.
    await importVerifyKey(key);
  } catch {
    return null;
  }
  return key;
}

/** The key as WebCrypto's verify key. */
export function importVerifyKey(jwk: DevicePublicJwk): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}
