/**
 * A simulated device for the hub's tests: a P-256 key made as the app makes it (WebCrypto,
 * non-extractable private part) and requests signed as src/wire/signed-request.ts says.
 */
import { randomBytes, webcrypto } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { signedPath, signedText } from '../../wire/signed-request.ts';

/** Where a device belongs once set up or enrolled. */
export interface Enrolled {
  estateId: string;
  deviceId: string;
}

/** A device with its key pair. */
export interface TestDevice {
  publicJwk: webcrypto.JsonWebKey;
  privateKey: webcrypto.CryptoKey;
  /** Set once the device is set up or enrolled. */
  id?: Enrolled;
}

/** A new device (key made, not yet known to any hub). */
export async function newDevice(): Promise<TestDevice> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
  const publicJwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    publicJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x, y: publicJwk.y },
    privateKey: pair.privateKey,
  };
}

/** A token for one request, signed with `key` in the name of `as` (both may be forged by a test). */
export async function signToken(
  key: webcrypto.CryptoKey,
  as: Enrolled,
  method: string,
  url: string,
  body: string,
  atMs: number,
  nonce = randomBytes(16).toString('base64url'),
): Promise<string> {
  const t = { ...as, atMs, nonce };
  const text = signedText(method, signedPath(url), t, body);
  const sig = await webcrypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    new TextEncoder().encode(text),
  );
  return ['v1', as.estateId, as.deviceId, atMs, nonce, Buffer.from(sig).toString('base64url')].join('.');
}

/** Sends a request signed by `device` through `inject`; `token` replaces the one it would make. */
export async function signedInject(
  app: FastifyInstance,
  device: TestDevice,
  method: 'GET' | 'POST',
  url: string,
  body: unknown,
  atMs: number,
  token?: string,
) {
  if (!device.id) throw new Error('device not enrolled');
  const text = body === undefined ? '' : JSON.stringify(body);
  const auth = token ?? (await signToken(device.privateKey, device.id, method, url, text, atMs));
  const options: InjectOptions = { method, url, headers: { 'x-gate-device': auth } };
  if (body !== undefined) {
    options.payload = text;
    options.headers = { ...options.headers, 'content-type': 'application/json' };
  }
  return app.inject(options);
}
