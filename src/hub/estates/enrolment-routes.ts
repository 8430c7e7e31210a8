/**
 * Adding a tablet: a manager device asks for an enrolment token (`POST /api/enrolment-tokens`:
 * role, gate name, minutes), shown once as a QR and a typed code; the new tablet presents it
 * with its public key (`POST /api/enrol`). The token is random (80 bits), kept only as its hash,
 * good for minutes and for one device; an unknown, used or expired token gets the same answer.
 */
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit.ts';
import { allowRoles, authenticate, caller, type Role } from '../auth/device-auth.ts';
import { readPublicJwk } from '../auth/public-key.ts';
import type { HubContext } from '../context.ts';
import { codeHash, groupCode, randomCode, randomId } from '../ids.ts';

/** How long a token is good for unless the manager asks otherwise, and at most. */
export const ENROLMENT_TTL_MIN = 10;
const MAX_TTL_MIN = 60;

const issueSchema = {
  body: {
    type: 'object',
    required: ['role'],
    additionalProperties: false,
    properties: {
      role: { enum: ['manager', 'office', 'gate'] },
      gateName: { type: 'string', minLength: 1, maxLength: 40 },
      minutes: { type: 'integer', minimum: 1, maximum: MAX_TTL_MIN },
    },
  },
};

const enrolSchema = {
  body: {
    type: 'object',
    required: ['token', 'publicKey'],
    additionalProperties: false,
    properties: {
      token: { type: 'string', maxLength: 40 },
      publicKey: { type: 'object' },
      label: { type: 'string', minLength: 1, maxLength: 40 },
    },
  },
};

/** Registers the two enrolment routes. */
export function registerEnrolment(app: FastifyInstance, ctx: HubContext): void {
  app.post<{ Body: { role: Role; gateName?: string; minutes?: number } }>(
    '/api/enrolment-tokens',
    { schema: issueSchema, preHandler: [authenticate(ctx), allowRoles('manager')] },
    async (request, reply) => {
      const me = caller(request);
      const { role, gateName = null, minutes = ENROLMENT_TTL_MIN } = request.body;
      // A subdistrict reads its estates and records nothing: its devices are managers and offices.
      if (role === 'gate' && me.estateKind === 'subdistrict') {
        return reply.code(400).send({ ok: false, error: 'no-gates-in-subdistrict' });
      }
      if (role === 'gate' && gateName === null) {
        return reply.code(400).send({ ok: false, error: 'gate-name-required' });
      }
      const token = randomCode(16);
      const now = ctx.now();
      const expiresMs = now + minutes * 60_000;
      await ctx.db.tx(async (sql) => {
        await sql.query(
          `INSERT INTO enrolment_tokens (estate_id, token_hash, role, gate_name, created_by, created_ms, expires_ms)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [me.estateId, codeHash(token), role, gateName, me.deviceId, now, expiresMs],
        );
        await recordAudit(sql, {
          estateId: me.estateId,
          actor: me.deviceId,
          action: 'enrolment-token-issued',
          detail: { role, gateName, expiresMs },
          atMs: now,
        });
      });
      return reply.code(201).send({ ok: true, token: groupCode(token), role, gateName, expiresMs });
    },
  );

  app.post<{ Body: { token: string; publicKey: unknown; label?: string } }>(
    '/api/enrol',
    { schema: enrolSchema },
    async (request, reply) => {
      const now = ctx.now();
      if (!ctx.strangerLimit.take(`enrol.${request.ip}`, now)) {
        return reply.code(429).send({ ok: false, error: 'rate-limited' });
      }
      const key = await readPublicJwk(request.body.publicKey);
      if (!key) return reply.code(400).send({ ok: false, error: 'bad-public-key' });
      const deviceId = randomId();
      const enrolled = await ctx.db.tx(async (sql) => {
        const used = await sql.query<{
          estate_id: string;
          role: Role;
          gate_name: string | null;
          name: string;
        }>(
          `UPDATE enrolment_tokens t SET used_ms = $2, used_by = $3
             FROM estates e
            WHERE t.token_hash = $1 AND t.used_ms IS NULL AND t.expires_ms > $2 AND e.estate_id = t.estate_id
           RETURNING t.estate_id, t.role, t.gate_name, e.name`,
          [codeHash(request.body.token), now, deviceId],
        );
        const t = used.rows[0];
        if (!t || used.rows.length !== 1) return null;
        const label = request.body.label ?? t.gate_name ?? t.role;
        await sql.query(
          `INSERT INTO devices (estate_id, device_id, role, label, gate_name, public_key, created_ms)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [t.estate_id, deviceId, t.role, label, t.gate_name, JSON.stringify(key), now],
        );
        await recordAudit(sql, {
          estateId: t.estate_id,
          actor: deviceId,
          action: 'device-enrolled',
          detail: { role: t.role, gateName: t.gate_name, label },
          atMs: now,
        });
        return { estateId: t.estate_id, estateName: t.name, role: t.role, gateName: t.gate_name };
      });
      if (!enrolled) return reply.code(403).send({ ok: false, error: 'bad-enrolment-token' });
      return reply.code(201).send({ ok: true, deviceId, ...enrolled });
    },
  );
}
