/**
 * The hub's side of a device's signed request: reading a token. What is signed, and how, has
 * one home shared with the app: src/wire/signed-request.ts.
 */
import type { TokenFields } from '../../wire/signed-request.ts';

/** The parts of a token. */
export interface DeviceToken extends TokenFields {
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
