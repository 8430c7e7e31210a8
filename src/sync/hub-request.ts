/**
 * A request to the hub signed with this tablet's device key, exactly as the hub verifies it
 * (src/wire/signed-request.ts: the one definition of the signed text and the token). The hub is
 * the app's own origin (it serves the app), so the app's Content-Security-Policy stays 'self'.
 */
import { signal } from '@preact/signals';
import { base64url, formatToken, signedPath, signedText } from '../wire/signed-request.ts';

/**
 * How far the hub's clock is ahead of this device's (ms; negative: behind), from the `Date` of
 * its last answer. The hub takes a token only within a minute of its own clock, and a tablet's
 * clock is often minutes off: each token is stamped with the hub's time as last seen, and the
 * gate bar says when the two differ by minutes (the records keep the tablet's own clock).
 * Differences under a few seconds are taken as none (the header counts whole seconds).
 */
export const hubClockOffset = signal(0);
const CLOCK_NOISE_MS = 5_000;

/** Takes the hub's clock from an answer's `Date` (sent between `sentAt` and `receivedAt`); whether the offset moved. */
function noteHubClock(res: Response, sentAt: number, receivedAt: number): boolean {
  const date = Date.parse(res.headers.get('date') ?? '');
  if (!Number.isFinite(date)) return false;
  // The header is whole seconds, truncated: the hub's time was within [date, date + 1 s).
  const sample = date + 500 - (sentAt + receivedAt) / 2;
  const next = Math.abs(sample) < CLOCK_NOISE_MS ? 0 : Math.round(sample);
  if (Math.abs(next - hubClockOffset.value) < CLOCK_NOISE_MS) return false;
  hubClockOffset.value = next;
  return true;
}

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
  atMs = Date.now() + hubClockOffset.value,
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
  const send = async () => {
    const headers: Record<string, string> = { 'x-gate-device': await deviceToken(signer, method, url, text) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const sentAt = Date.now();
    const res = await fetch(new URL(url, hub), {
      method,
      headers,
      body: body === undefined ? undefined : text,
      signal,
      cache: 'no-store',
    });
    return { res, moved: noteHubClock(res, sentAt, Date.now()) };
  };
  const first = await send();
  // Refused as stamped too far from the hub's clock, which this answer has just told: once more,
  // stamped with the hub's time (a fresh token: the first one's nonce is spent).
  if (first.res.status === 401 && first.moved) {
    const why = (await first.res
      .clone()
      .json()
      .catch(() => null)) as { error?: string } | null;
    if (why?.error === 'token-expired') return (await send()).res;
  }
  return first.res;
}
