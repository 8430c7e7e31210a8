/**
 * `POST /api/push` (a batch of at most 500 records, one transaction), `GET /api/pull?since=N`
 * (the estate's records after revision N, in revision order; `kinds=` to take only some), and
 * `GET /api/conflicts` (what pushes lost: whole resends and values, each with its rule; for the console). All bounded by the caller's estate.
 */
import type { FastifyInstance } from 'fastify';
import { type PushedRecord, pushSchema, RECORD_KINDS } from '../../wire/kinds.ts';
import { recordAudit } from '../audit.ts';
import { allowRoles, authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';
import { pushersOf, refusedForCaller } from './caller-pushes.ts';
import { badPassage } from './passage-shape.ts';
import { push } from './push.ts';

/** The most records one pull returns. */
export const PULL_LIMIT = 2000;

const pullSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      since: { type: 'integer', minimum: 0, default: 0 },
      limit: { type: 'integer', minimum: 1, maximum: PULL_LIMIT, default: PULL_LIMIT },
      kinds: { type: 'string', pattern: `^(${RECORD_KINDS.join('|')})(,(${RECORD_KINDS.join('|')}))*$` },
      auth: { type: 'string' },
    },
  },
};

/** Registers push, pull and conflicts. */
export function registerSync(app: FastifyInstance, ctx: HubContext): void {
  const auth = authenticate(ctx);

  app.post<{ Body: { records: PushedRecord[] } }>(
    '/api/push',
    { schema: pushSchema, preHandler: auth },
    async (request, reply) => {
      const me = caller(request);
      const refused = refusedForCaller(me, request.body.records);
      if (refused) {
        const allowed = pushersOf(me.estateKind, refused.kind);
        const why = { kind: refused.kind, id: refused.id, role: me.role, allowed };
        await recordAudit(ctx.db, {
          estateId: me.estateId,
          actor: me.deviceId,
          action: 'push-refused',
          detail: { ...why, records: request.body.records.length },
          atMs: ctx.now(),
        });
        return reply.code(403).send({ ok: false, error: 'role-may-not-push', ...why });
      }
      const bad = badPassage(request.body.records);
      if (bad) return reply.code(400).send({ ok: false, error: 'bad-passage', ...bad });
      const result = await push(ctx.db, me.estateId, me, request.body.records, ctx.now());
      if (result.accepted + result.updated > 0) ctx.events.publish(me.estateId, result.revision);
      return { ok: true, ...result };
    },
  );

  app.get<{ Querystring: { since: number; limit: number; kinds?: string } }>(
    '/api/pull',
    { schema: pullSchema, preHandler: auth },
    async (request) => {
      const { since, limit, kinds } = request.query;
      const { estateId } = caller(request);
      const only = kinds ? kinds.split(',') : null;
      // The newest committed revision, read first: every record up to it is visible to the
      // query after it (revisions commit in order), so a page that ends short has read all of
      // them and the cursor moves to it, past the kinds not asked for. Otherwise a gate, which
      // pulls no passages, would read a busy estate's passages again after every push.
      const head = await ctx.db.query<{ revision: number }>(
        'SELECT revision FROM estates WHERE estate_id = $1',
        [estateId],
      );
      const newest = head.rows[0]?.revision ?? since;
      const rows = await ctx.db.query<{ revision: number }>(
        `SELECT revision, kind, record_id AS id, device_id AS "deviceId", body
           FROM records
          WHERE estate_id = $1 AND revision > $2 AND revision <= $5
            AND ($4::text[] IS NULL OR kind = ANY ($4::text[]))
          ORDER BY revision
          LIMIT $3`,
        [estateId, since, limit, only, newest],
      );
      const more = rows.rows.length === limit;
      const cursor = more ? (rows.rows.at(-1)?.revision ?? since) : Math.max(since, newest);
      return { ok: true, changes: rows.rows, cursor, more };
    },
  );

  app.get('/api/conflicts', { preHandler: [auth, allowRoles('manager', 'office')] }, async (request) => {
    const rows = await ctx.db.query(
      `SELECT kind, record_id AS id, field, rule, device_id AS "deviceId", body, received_ms AS "receivedMs"
         FROM conflicts WHERE estate_id = $1 ORDER BY received_ms DESC LIMIT 500`,
      [caller(request).estateId],
    );
    return { ok: true, conflicts: rows.rows };
  });
}
