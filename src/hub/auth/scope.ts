/**
 * Which estates the verified caller may read: the one definition of it, for every console query.
 * An estate's device reads its own estate. A subdistrict's device (its `estates` row is of kind
 * 'subdistrict') reads every estate whose `subdistrict_id` names that row, and nothing else: not
 * another subdistrict's estates, not an estate outside any subdistrict. The scope comes from the
 * verified key (`caller`), never from the request; a request may only narrow it to one estate of
 * it with the `estate` query parameter (`ESTATE_FILTER` in the route's schema).
 *
 * A route uses it as: `preHandler: [authenticate(ctx), allowRoles(…), readScope(ctx)]`, then
 * `WHERE estate_id = ANY ($1::text[])` with `scope(request)` as $1.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HubContext } from '../context.ts';
import type { Sql } from '../db/types.ts';
import { caller, type DeviceIdentity } from './device-auth.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `readScope`: the estate ids this request reads. */
    scope?: string[];
  }
}

/** The `estate` query parameter, to spread into a scoped route's querystring properties. */
export const ESTATE_FILTER = { estate: { type: 'string', minLength: 1, maxLength: 64 } } as const;

/** Every estate `me` may read (see the file comment). */
export async function estatesReadBy(sql: Sql, me: DeviceIdentity): Promise<string[]> {
  if (me.estateKind === 'estate') return [me.estateId];
  const rows = await sql.query<{ estate_id: string }>(
    `SELECT estate_id FROM estates WHERE subdistrict_id = $1 AND kind = 'estate' ORDER BY estate_id`,
    [me.estateId],
  );
  return rows.rows.map((r) => r.estate_id);
}

/**
 * The pre-handler (after `authenticate`) that sets the request's scope; an `estate` outside it is
 * answered 404 `no-such-estate`, the same whether it exists elsewhere or not at all.
 */
export function readScope(ctx: HubContext) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const all = await estatesReadBy(ctx.db, caller(request));
    const only = (request.query as { estate?: unknown } | undefined)?.estate;
    if (typeof only !== 'string') {
      request.scope = all;
      return;
    }
    if (!all.includes(only)) return reply.code(404).send({ ok: false, error: 'no-such-estate' });
    request.scope = [only];
  };
}

/** The scope of a route behind `readScope`. */
export function scope(request: FastifyRequest): string[] {
  if (!request.scope) throw new Error('route without readScope');
  return request.scope;
}
