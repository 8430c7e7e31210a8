/** Compact JWS (RFC 7515) as SMART Health Cards use it: ES256 over `header.payload`. */
import { base64UrlDecode, isObject, type JsonObject, parseJson, utf8, utf8Bytes } from './bytes.ts';

export interface CompactJws {
  header: JsonObject;
  /** The payload bytes as signed (still compressed when the header says `zip`). */
  payload: Uint8Array;
  signature: Uint8Array;
  /** The exact `header.payload` text the signature covers. */
  signingInput: string;
}

/** Splits and decodes a compact JWS; null when it is not three base64url parts with a JSON header. */
export function parseCompactJws(text: string): CompactJws | null {
  const parts = text.split('.');
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  const headerBytes = base64UrlDecode(h);
  const payload = base64UrlDecode(p);
  const signature = base64UrlDecode(s);
  if (!headerBytes || !payload || !signature) return null;
  const headerText = utf8(headerBytes);
  const header = headerText === null ? null : parseJson(headerText);
  if (!isObject(header)) return null;
  return { header, payload, signature, signingInput: `${h}.${p}` };
}

/** Imports a public EC P-256 JWK for ES256 verification; null when the JWK is not one. */
export async function importEs256Jwk(jwk: JsonObject): Promise<CryptoKey | null> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    return null;
  }
  // Only the public members: a JWK carrying `d` or extras must not make import fail or keep secrets.
  const pub: JsonWebKey = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true };
  try {
    return await crypto.subtle.importKey('jwk', pub, { name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'verify',
    ]);
  } catch {
    return null;
  }
}

/** Verifies an ES256 JWS signature (raw r||s, 64 bytes) with a public key. */
export async function verifyEs256(jws: CompactJws, key: CryptoKey): Promise<boolean> {
  if (jws.signature.length !== 64) return false;
  try {
    return await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      jws.signature as Uint8Array<ArrayBuffer>,
      utf8Bytes(jws.signingInput),
    );
  } catch {
    return false;
  }
}
