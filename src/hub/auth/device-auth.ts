/**
 * Who is calling: every device route runs `authenticate` first. The estate and the device come
 * from the token's signature checked against the key stored for exactly that (estate, device),
 * never from a body; a revoked device is refused at its next request (read each time, never cached).
 */
import { webcrypto } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../wire/push-roles.ts';
import { signedPath, signedText, TOKEN_WINDOW_MS } from '../../wire/signed-request.ts';
import type { HubContext } from '../context.ts';
import { type DevicePublicJwk, importVerifyKey } from './public-key.ts';
import { parseToken } from './signed-request.ts';

/** A device's role: managers enrol and revoke; office PCs see every gate; gates record. */
export type { Role };

/** An estate, or a subdistrict whose devices read its estates and push nothing (auth/scope.ts). */
export type EstateKind = 'estate' | 'subdistrict';

/** The verified caller. */
export interface DeviceIdentity {
  estateId: string;
  deviceId: string;
  role: Role;
  gateName: string | null;
  label: string;
  /** The kind of the device's estate row: a subdistrict's devices only read. */
  estateKind: EstateKind;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received: the signature covers its hash. */
    rawBody?: string;
    /** Set by `authenticate`. */
    device?: DeviceIdentity;
  }
}

interface DeviceRow {
  role: Role;
  gate_name: string | null;
  label: string;
  public_key: DevicePublicJwk;
  revoked_ms: number | null;
  kind: EstateKind;
}

const keys = new Map<string, Promise<webcrypto.CryptoKey>>();
const verifyKey = (jwk: DevicePublicJwk) => {
  const id = `${jwk.x}.${jwk.y}`;
  let key = keys.get(id);
  if (!key) {
    key = importVerifyKey(jwk);
    keys.set(id, key);
  }
  return key;
};

function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers['x-gate-device'];
  if (typeof header === 'string') return header;
  const auth = (request.query as Record<string, unknown> | undefined)?.auth;
  return typeof auth === 'string' ? auth : null;
}

/** Refuses with 401/403 and a stable error code. */
const refuse = (reply: FastifyReply, status: number, error: string) =>
  reply.code(status).send({ ok: false, error });

/** The pre-handler that verifies the calling device (see the file comment). */
export function authenticate(ctx: HubContext) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = parseToken(tokenOf(request) ?? '');
    if (!token) return refuse(reply, 401, 'unauthenticated');
    const now = ctx.now();
    if (Math.abs(now - token.atMs) > TOKEN_WINDOW_MS) return refuse(reply, 401, 'token-expired');
    const found = await ctx.db.query<DeviceRow>(
      `SELECT d.role, d.gate_name, d.label, d.public_key, d.revoked_ms, e.kind
         FROM devices d JOIN estates e ON e.estate_id = d.estate_id
        WHERE d.estate_id = $1 AND d.device_id = $2`,
      [token.estateId, token.deviceId],
    );
    const row = found.rows[0];
    if (!row) return refuse(reply, 401, 'unknown-device');
    const text = signedText(request.method, signedPath(request.url), token, request.rawBody ?? '');
    const ok = await webcrypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      await verifyKey(row.public_key),
      token.signature,
      new TextEncoder().encode(text),
    );
    if (!ok) return refuse(reply, 401, 'bad-signature');
    if (row.revoked_ms !== null) return refuse(reply, 403, 'device-revoked');
    if (!ctx.nonces.remember(`${token.estateId}.${token.deviceId}.${token.nonce}`, now)) {
      return refuse(reply, 401, 'replayed');
    }
    request.device = {
      estateId: token.estateId,
      deviceId: token.deviceId,
      role: row.role,
      gateName: row.gate_name,
      label: row.label,
      estateKind: row.kind,
    };
  };
}

/** The verified caller of a route behind `authenticate`. */
export function caller(request: FastifyRequest): DeviceIdentity {
  if (!request.device) throw new Error('route without authenticate');
  return request.device;
}

/** A pre-handler (after `authenticate`) allowing only `roles`. */
export function allowRoles(...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!roles.includes(caller(request).role)) return refuse(reply, 403, 'role-not-allowed');
  };
}
