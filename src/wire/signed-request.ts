/**
 * How a device signs each request to the hub: the one definition both sides use (the hub
 * verifies with it in src/hub/auth/device-auth.ts, the app signs with it in src/sync/). Pure
 * (no Node, no DOM): the body hash is @noble/hashes' SHA-256, the same digest as Node's.
 *
 * A short-lived token goes in the `X-Gate-Device` header (or the `auth` query parameter, for an
 * EventSource, which cannot set headers):
 *
 *   v1.<estateId>.<deviceId>.<timeMs>.<nonce>.<signature>
 *
 * The signature is ECDSA P-256 / SHA-256 (WebCrypto's raw r||s, base64url) over `signedText`:
 * the method, the path and query (without `auth`), the estate and device, the time, the nonce
 * and the SHA-256 of the body. So a token is good for one request only: another path, another
 * body, another device's key, a time more than a minute off, or a nonce seen before all fail.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** How far a token's time may be from the hub's clock. */
export const TOKEN_WINDOW_MS = 60_000;

/** What a token names besides its signature. */
export interface TokenFields {
  estateId: string;
  deviceId: string;
  atMs: number;
  nonce: string;
}

/** The request path as signed: the `auth` query parameter left out. */
export function signedPath(url: string): string {
  const u = new URL(url, 'http://hub.invalid');
  u.searchParams.delete('auth');
  return u.pathname + u.search;
}

/** SHA-256 hex of the body ('' when there is none), of its UTF-8 bytes. */
export const bodyHash = (body: string): string => bytesToHex(sha256(utf8ToBytes(body)));

/** The text a device signs for one request. */
export function signedText(method: string, path: string, t: TokenFields, body: string): string {
  return [
    'gate-hub/1',
    method.toUpperCase(),
    path,
    t.estateId,
    t.deviceId,
    String(t.atMs),
    t.nonce,
    bodyHash(body),
  ].join('\n');
}

/** base64url without padding (a token's nonce and signature). */
export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The token as sent, from its fields and the raw r||s signature. */
export const formatToken = (t: TokenFields, signature: Uint8Array): string =>
  ['v1', t.estateId, t.deviceId, t.atMs, t.nonce, base64url(signature)].join('.');
