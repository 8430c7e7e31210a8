/**
 * A request to the hub signed with this tablet's device key, exactly as the hub verifies it
 * (src/wire/signed-request.ts: the one definition of the signed text and the token). The hub is
 * the app's own origin (it serves the app), so the app's Content-Security-Policy stays 'self'.
 */
import { base64url, formatToken, signedPath, signedText } from '../wire/signed-request.ts';

/** Who signs: the device the hub enrolled, and its private key. */
export interface Signer {
  estateId: string;
  deviceId: string;
  key: CryptoKey;
}

/** The `X-Gate-Device` token for one request (`url` is the path and query, as sent). */
export async function deviceToken(
  signer: Signer,
  method: string,
  url: string,
  body: string,
  atMs = Date.now(),
): Promise<string> {
  const t = {
    estateId: signer.estateId,
    deviceId: signer.deviceId,
    atMs,
    nonce: base64url(crypto.getRandomValues(new Uint8Array(16))),
  };
  const text = signedText(method, signedPath(url), t, body);
  const sig = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    signer.key,
    new TextEncoder().encode(text),
  );
  return formatToken(t, new Uint8Array(sig));
}

/** Sends a signed JSON request to `hub` (an origin); the fetch's answer as is. */
export async function hubRequest(
  hub: string,
  signer: Signer,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<Response> {
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string> = { 'x-gate-device': await deviceToken(signer, method, url, text) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(new URL(url, hub), {
    method,
    headers,
    body: body === undefined ? undefined : text,
    signal,
    cache: 'no-store',
  });
}
