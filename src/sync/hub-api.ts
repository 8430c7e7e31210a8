/**
 * Calls to the hub as this device (its link and key): the console's (the device board, a new
 * device's code, a revocation, the queries across gates), and the pusher's and the puller's.
 * Each answer is the hub's JSON or why there is none, in words the console shows (never a
 * thrown error on a screen).
 */
import { type HubLink, hubKey, hubLink } from '../db/hub-link.ts';
import { hubRequest, type Signer } from './hub-request.ts';

/** Why the hub gave no answer. */
export type HubCallProblem = 'not-linked' | 'unreachable' | 'forbidden' | 'revoked' | 'failed';

/** The hub's answer, or why there is none (with the HTTP status and the hub's `error` when it answered). */
export type HubAnswer<T> =
  | { ok: true; body: T }
  | { ok: false; problem: HubCallProblem; status?: number; error?: string };

const CALL_TIMEOUT_MS = 15_000;

/** Calls the hub as this device; its JSON answer. */
export async function hubCall<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<HubAnswer<T>> {
  const r = await hubFetch(method, url, body);
  return r.ok ? { ok: true, body: (await r.body.json()) as T } : r;
}

/** Fetches a file from the hub as this device (an export); its bytes. */
export async function hubFile(url: string): Promise<HubAnswer<Blob>> {
  const r = await hubFetch('GET', url, undefined, 5 * 60_000);
  return r.ok ? { ok: true, body: await r.body.blob() } : r;
}

async function hubFetch(
  method: 'GET' | 'POST',
  url: string,
  body: unknown,
  timeoutMs = CALL_TIMEOUT_MS,
): Promise<HubAnswer<Response>> {
  const [link, key] = await Promise.all([hubLink(), hubKey()]);
  if (!link || !key) return { ok: false, problem: 'not-linked' };
  return callAs(link, key, method, url, body, timeoutMs);
}

/** Who signs for `link`: the enrolled device and its key. */
export const signerOf = (link: HubLink, key: CryptoKey): Signer => ({
  estateId: link.estateId,
  deviceId: link.deviceId,
  key,
});

/**
 * The app's one signed call to its hub, as the device `link` names, signed with `key`: the
 * console's calls, the pusher's batches and the puller's pages all go through it, so a revoked
 * device (403 `device-revoked`), a refusal and an unreachable hub read the same everywhere.
 */
export async function callAs(
  link: HubLink,
  key: CryptoKey,
  method: 'GET' | 'POST',
  url: string,
  body: unknown,
  timeoutMs: number,
): Promise<HubAnswer<Response>> {
  let res: Response;
  try {
    res = await hubRequest(link.hub, signerOf(link, key), method, url, body, AbortSignal.timeout(timeoutMs));
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (res.ok) return { ok: true, body: res };
  const why = (await res.json().catch(() => null)) as { error?: string } | null;
  const told = { status: res.status, ...(why?.error ? { error: why.error } : {}) };
  if (res.status === 403)
    return { ok: false, problem: why?.error === 'device-revoked' ? 'revoked' : 'forbidden', ...told };
  return { ok: false, problem: 'failed', ...told };
}
