/**
 * `POST /api/setup`: creates an estate and its first manager with the hub's one-time setup code;
 * the calling device's public key becomes that manager's device key.
 */
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit.ts';
import { readPublicJwk } from '../auth/public-key.ts';
import type { HubContext } from '../context.ts';
import { randomId } from '../ids.ts';

interface SetupBody {
  setupCode: string;
  estateName: string;
  managerName: string;
  publicKey: unknown;
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
    if (!ctx.setupCode.take(request.body.setupCode)) {
      return reply.code(403).send({ ok: false, error: 'bad-setup-code' });
    }
    const estateId = randomId();
    const deviceId = randomId();
    const { estateName, managerName } = request.body;
    await ctx.db.tx(async (sql) => {
      await sql.query('INSERT INTO estates (estate_id, name, created_ms) VALUES ($1, $2, $3)', [
        estateId,
        estateName,
        now,
      ]);
      await sql.query(
        `INSERT INTO devices (estate_id, device_id, role, label, public_key, created_ms)
         VALUES ($1, $2, 'manager', $3, $4, $5)`,
        [estateId, deviceId, managerName, JSON.stringify(key), now],
      );
      await recordAudit(sql, {
        estateId,
        actor: 'setup',
        action: 'estate-created',
        detail: { estateName, managerName, deviceId },
        atMs: now,
      });
    });
    return reply.code(201).send({ ok: true, estateId, estateName, deviceId, role: 'manager' });
  });
}
