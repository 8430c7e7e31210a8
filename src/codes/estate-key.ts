/** The estate's signing key: ECDSA P-256, its public JWK for the trust bundle, and a short key id. */
import { base64UrlEncode, utf8Bytes } from './bytes.ts';
import type { EcJwk } from './trust-stored.ts';

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
/** Bytes of SHA-256 kept in a kid: 4 bytes (6 base64url characters) keep the printed pass small. */
const KID_BYTES = 4;

export interface EstateKey {
  kid: string;
  privateKey: CryptoKey;
  /** For the manager's encrypted backup / re-import; never put in a trust bundle. */
  privateKeyJwk: JsonWebKey;
  /** What the trust bundle's `estate[].publicKeyJwk` carries (with `kid`). */
  publicKeyJwk: EcJwk;
}

/** The kid of a public key: base64url of the first 4 bytes of SHA-256 over its RFC 7638 thumbprint input. */
export async function estateKid(jwk: { x: string; y: string }): Promise<string> {
  const canonical = `{"crv":"P-256","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Bytes(canonical)));
  return base64UrlEncode(digest.subarray(0, KID_BYTES));
}

/** Generates a new estate signing key pair with its kid. */
export async function generateEstateKey(): Promise<EstateKey> {
  const pair = (await crypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pub = await crypto.subtle.exportKey('jwk', pair.publicKey);
  if (typeof pub.x !== 'string' || typeof pub.y !== 'string') throw new Error('P-256 export without x/y');
  const kid = await estateKid({ x: pub.x, y: pub.y });
  return {
    kid,
    privateKey: pair.privateKey,
    privateKeyJwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
    publicKeyJwk: { kty: 'EC', crv: 'P-256', x: pub.x, y: pub.y, kid },
  };
}

/** Imports a stored private JWK for signing passes. */
export async function importEstatePrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, EC, false, ['sign']);
}
