/**
 * `POST /api/setup`: creates an estate and its first manager with the hub's one-time setup code;
 * the calling device's public key becomes that manager's device key. With `kind: 'subdistrict'`
 * it creates a subdistrict instead (its devices read its estates, auth/scope.ts); with
 * `subdistrictId` the new estate is one of that subdistrict's. Only the operator who holds the
 * setup code does either: nothing an estate's device sends makes it a subdistrict or moves it.
 */
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit.ts';
import type { EstateKind } from '../auth/device-auth.ts';
import { readPublicJwk } from '../auth/public-key.ts';
import type { HubContext } from '../context.ts';
import { randomId } from '../ids.ts';
import { auditMembership, isSubdistrict } from './subdistrict.ts';

interface SetupBody {
  setupCode: string;
  estateName: string;
  managerName: string;
  publicKey: unknown;
  kind?: EstateKind;
  subdistrictId?: string;
}

const schema = {
  body: {
    type: 'object',
    required: ['setupCode', 'estateName', 'managerName', 'publicKey'],
    additionalProperties: false,
    properties: {
      setupCode: { type: 'string', maxLength: 40 },
      estateName: { type: 'string', minLength: 1, maxLength: 80 },
      managerName: { type: 'string', minLength: 1, maxLength: 40 },
      publicKey: { type: 'object' },
      kind: { enum: ['estate', 'subdistrict'] },
      subdistrictId: { type: 'string', minLength: 1, maxLength: 64 },
    },
  },
};

/** Registers the setup route. */
export function registerSetup(app: FastifyInstance, ctx: HubContext): void {
  app.post<{ Body: SetupBody }>('/api/setup', { schema }, async (request, reply) => {
    const now = ctx.now();
    if (!ctx.strangerLimit.take(`setup.${request.ip}`, now)) {
      return reply.code(429).send({ ok: false, error: 'rate-limited' });
    }
    const key = await readPublicJwk(request.body.publicKey);
    if (!key) return reply.code(400).send({ ok: false, error: 'bad-public-key' });
    const { estateName, managerName, kind = 'estate', subdistrictId = null } = request.body;
    // The code is checked first (a stranger learns nothing of subdistricts), and used up only
    // once the request is good: a mistyped subdistrict does not cost the operator a new code.
    if (!ctx.setupCode.matches(request.body.setupCode)) {
      return reply.code(403).send({ ok: false, error: 'bad-setup-code' });
    }
    if (subdistrictId !== null && (kind === 'subdistrict' || !(await isSubdistrict(ctx.db, subdistrictId)))) {
      return reply.code(400).send({ ok: false, error: 'no-such-subdistrict' });
    }
    if (!ctx.setupCode.take(request.body.setupCode)) {
      return reply.code(403).send({ ok: false, error: 'bad-setup-code' });
    }
    const estateId = randomId();
    const deviceId = randomId();
    await ctx.db.tx(async (sql) => {
      await sql.query(
        'INSERT INTO estates (estate_id, name, created_ms, kind, subdistrict_id) VALUES ($1, $2, $3, $4, $5)',
        [estateId, estateName, now, kind, subdistrictId],
      );
      await sql.query(
        `INSERT INTO devices (estate_id, device_id, role, label, public_key, created_ms)
         VALUES ($1, $2, 'manager', $3, $4, $5)`,
        [estateId, deviceId, managerName, JSON.stringify(key), now],
      );
      await recordAudit(sql, {
        estateId,
        actor: 'setup',
        action: 'estate-created',
        detail: { estateName, managerName, deviceId, kind },
        atMs: now,
      });
      if (subdistrictId !== null) {
        await auditMembership(sql, { estateId, from: null, to: subdistrictId, atMs: now });
      }
    });
    return reply
      .code(201)
      .send({ ok: true, estateId, estateName, deviceId, role: 'manager', kind, subdistrictId });
  });
}
