/**
 * Enrolling this tablet in the estate's hub with a code a manager's device issued: the tablet
 * makes its own ECDSA P-256 key (private part non-extractable: no script can read it, so it
 * cannot be taken to another machine), sends the public part with the code (`POST /api/enrol`),
 * and keeps the link and the key (src/db/hub-link.ts). The hub is the origin the app came from.
 */
import { type HubLink, saveHubLink } from '../db/hub-link.ts';

/** Why an enrolment failed, as the device screen words it. */
export type EnrolProblem = 'bad-code' | 'unreachable' | 'refused' | 'no-crypto';

/** The code as typed or read from a QR (a link ending in `#CODE` or `?code=CODE` is taken too). */
export function enrolmentCode(input: string): string | null {
  let text = input.trim();
  const inLink = /[#?&](?:code=)?([0-9A-Za-z-]{8,})\s*$/.exec(text);
  if (/^https?:\/\//i.test(text) && inLink?.[1]) text = inLink[1];
  const code = text.replace(/[\s-]/g, '');
  return /^[0-9A-Za-z]{8,32}$/.test(code) ? code : null;
}

/** A new device key: the private half non-extractable, the public half as the hub reads it. */
async function newDeviceKey(): Promise<{ privateKey: CryptoKey; publicKey: Record<string, unknown> }> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } };
}

/** What the hub answers an enrolment or a setup with. */
interface Joined {
  estateId: string;
  estateName: string;
  deviceId: string;
  role: HubLink['role'];
  gateName?: string | null;
}

type JoinResult = { ok: true; link: HubLink } | { ok: false; problem: EnrolProblem };

/**
 * Sends the new key with `payload` to `path` and keeps the link the hub answers with; a 400 or
 * 403 is a wrong, used or expired code.
 */
async function join(
  hub: string,
  path: string,
  payload: Record<string, unknown>,
  who: string,
): Promise<JoinResult> {
  if (!crypto?.subtle) return { ok: false, problem: 'no-crypto' };
  const key = await newDeviceKey();
  let res: Response;
  try {
    res = await fetch(new URL(path, hub), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...payload, publicKey: key.publicKey }),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (res.status === 403 || res.status === 400) return { ok: false, problem: 'bad-code' };
  if (!res.ok) return { ok: false, problem: res.status === 429 ? 'refused' : 'unreachable' };
  const body = (await res.json()) as Joined;
  const link: HubLink = {
    hub,
    estateId: body.estateId,
    estateName: body.estateName,
    deviceId: body.deviceId,
    role: body.role,
    gateName: body.gateName ?? null,
    enrolledAt: Date.now(),
  };
  await saveHubLink(link, key.privateKey, who, link.enrolledAt);
  return { ok: true, link };
}

/** Enrols with `code` at the hub `hub` (this page's origin); the link, or why not. */
export async function enrol(code: string, who: string, hub = window.location.origin): Promise<JoinResult> {
  const token = enrolmentCode(code);
  if (token === null) return { ok: false, problem: 'bad-code' };
  return join(hub, '/api/enrol', { token }, who);
}

/**
 * The estate's first device: with the one-time setup code the hub printed when it started, creates
 * the estate on the hub with this device as its manager's (which then issues every other code).
 */
export async function createEstate(
  setup: { setupCode: string; estateName: string; managerName: string },
  hub = window.location.origin,
): Promise<JoinResult> {
  const setupCode = setup.setupCode.trim();
  const estateName = setup.estateName.trim();
  const managerName = setup.managerName.trim();
  if (!setupCode || !estateName || !managerName) return { ok: false, problem: 'bad-code' };
  return join(hub, '/api/setup', { setupCode, estateName, managerName }, managerName);
}
