/**
 * The console's calls to the hub as this device (its link and key): the device board, a new
 * device's code, a device's revocation. Each answer is the hub's JSON or why there is none, in
 * words the console shows (never a thrown error on a screen).
 */
import { hubKey, hubLink } from '../db/hub-link.ts';
import { hubRequest } from './hub-request.ts';

/** Why the hub gave no answer. */
export type HubCallProblem = 'not-linked' | 'unreachable' | 'forbidden' | 'revoked' | 'failed';

export type HubAnswer<T> = { ok: true; body: T } | { ok: false; problem: HubCallProblem };

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
  let res: Response;
  try {
    res = await hubRequest(
      link.hub,
      { estateId: link.estateId, deviceId: link.deviceId, key },
      method,
      url,
      body,
      AbortSignal.timeout(timeoutMs),
    );
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (res.ok) return { ok: true, body: res };
  const why = (await res.json().catch(() => null)) as { error?: string } | null;
  if (res.status === 403)
    return { ok: false, problem: why?.error === 'device-revoked' ? 'revoked' : 'forbidden' };
  return { ok: false, problem: 'failed' };
}
