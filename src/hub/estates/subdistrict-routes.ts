/**
 * `POST /api/subdistrict-membership`: the hub's operator puts an estate set up earlier into a
 * subdistrict, moves it to another or takes it out (`subdistrictId: null`), with the one-time
 * setup code as for setup (an estate's manager cannot: a device key never moves an estate).
 * Limited with setup's tries per address; audited in the estate and each subdistrict concerned.
 */
import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../context.ts';
import { auditMembership, isSubdistrict } from './subdistrict.ts';

interface MembershipBody {
  setupCode: string;
  estateId: string;
  subdistrictId: string | null;
}

const schema = {
  body: {
    type: 'object',
    required: ['setupCode', 'estateId', 'subdistrictId'],
    additionalProperties: false,
    properties: {
      setupCode: { type: 'string', maxLength: 40 },
      estateId: { type: 'string', minLength: 1, maxLength: 64 },
      subdistrictId: { type: ['string', 'null'], minLength: 1, maxLength: 64 },
    },
  },
};

/** Registers the membership route. */
export function registerSubdistricts(app: FastifyInstance, ctx: HubContext): void {
  app.post<{ Body: MembershipBody }>('/api/subdistrict-membership', { schema }, async (request, reply) => {
    const now = ctx.now();
    if (!ctx.strangerLimit.take(`setup.${request.ip}`, now)) {
      return reply.code(429).send({ ok: false, error: 'rate-limited' });
    }
    const { setupCode, estateId, subdistrictId } = request.body;
    if (!ctx.setupCode.matches(setupCode))
      return reply.code(403).send({ ok: false, error: 'bad-setup-code' });
    if (subdistrictId !== null && !(await isSubdistrict(ctx.db, subdistrictId))) {
      return reply.code(400).send({ ok: false, error: 'no-such-subdistrict' });
    }
    const found = await ctx.db.query<{ subdistrict_id: string | null }>(
      `SELECT subdistrict_id FROM estates WHERE estate_id = $1 AND kind = 'estate'`,
      [estateId],
    );
    const before = found.rows[0];
    if (!before) return reply.code(404).send({ ok: false, error: 'no-such-estate' });
    if (!ctx.setupCode.take(setupCode)) return reply.code(403).send({ ok: false, error: 'bad-setup-code' });
    await ctx.db.tx(async (sql) => {
      // Read again under the row's lock: the audit names what it really moved from.
      const locked = await sql.query<{ subdistrict_id: string | null }>(
        'SELECT subdistrict_id FROM estates WHERE estate_id = $1 FOR UPDATE',
        [estateId],
      );
      const from = locked.rows[0]?.subdistrict_id ?? null;
      if (from === subdistrictId) return;
      await sql.query('UPDATE estates SET subdistrict_id = $2 WHERE estate_id = $1', [
        estateId,
        subdistrictId,
      ]);
      await auditMembership(sql, { estateId, from, to: subdistrictId, atMs: now });
    });
    return { ok: true, estateId, subdistrictId };
  });
}
