/**
 * How a device signs each request: a short-lived token in the `X-Gate-Device` header (or the
 * `auth` query parameter, for an EventSource, which cannot set headers):
 *
 *   v1.<estateId>.<deviceId>.<timeMs>.<nonce>.<signature>
 *
 * The signature is ECDSA P-256 / SHA-256 (WebCrypto's raw r||s, base64url) over `signedText`:
 * the method, the path and query (without `auth`), the estate and device, the time, the nonce
 * and the SHA-256 of the body. So a token is good for one request only: another path, another
 * body, another device's key, a time more than a minute off, or a nonce seen before all fail.
 */
import { createHash } from 'node:crypto';

/** How far a token's time may be from the hub's clock. */
export const TOKEN_WINDOW_MS = 60_000;

/** The parts of a token. */
export interface DeviceToken {
  estateId: string;
  deviceId: string;
  atMs: number;
  nonce: string;
  signature: Uint8Array;
}

const ID = /^[a-z0-9]{1,64}$/;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

/** Reads a token, or null when it is not one. */
export function parseToken(text: string): DeviceToken | null {
  const parts = text.split('.');
  if (parts.length !== 6 || parts[0] !== 'v1') return null;
  const [, estateId = '', deviceId = '', at = '', nonce = '', sig = ''] = parts;
  if (!ID.test(estateId) || !ID.test(deviceId) || !/^\d{1,16}$/.test(at) || !NONCE.test(nonce)) return null;
  const signature = Buffer.from(sig, 'base64url');
  if (signature.length !== 64) return null;
  return { estateId, deviceId, atMs: Number(at), nonce, signature: new Uint8Array(signature) };
}

/** The request path as signed: the `auth` query parameter left out. */
export function signedPath(url: string): string {
  const u = new URL(url, 'http://hub.invalid');
  u.searchParams.delete('auth');
  return u.pathname + u.search;
}

/** SHA-256 hex of the body ('' when there is none). */
export const bodyHash = (body: string): string => createHash('sha256').update(body).digest('hex');

/** The text a device signs for one request. */
export function signedText(
  method: string,
  path: string,
  t: Pick<DeviceToken, 'estateId' | 'deviceId' | 'atMs' | 'nonce'>,
  body: string,
): string {
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
