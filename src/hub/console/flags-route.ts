/**
 * `GET /api/flags?state&from&to&gate&before&limit` (manager and office devices): the flags the
 * estate's gates pushed, each with its resolution, open ones first, each part newest first, paged
 * by key (`before` = the last row's `next`). A flag is resolved when its own state says so or a
 * resolution record of it is stored (the first resolution wins: sync/push.ts keeps later ones
 * aside). Answered in SQL on migration 007's indexes: one ordered index scan per state, each
 * stopping at the page's length, so a year of flags is never read for one page.
 */
import type { FastifyInstance } from 'fastify';
import { allowRoles, authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';

/** The longest page of flags. */
export const FLAGS_PAGE_MAX = 200;

interface FlagsQuery {
  state: 'open' | 'resolved' | 'all';
  from?: number;
  to?: number;
  gate?: string;
  before?: string;
  limit: number;
}

const flagsSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: { enum: ['open', 'resolved', 'all'], default: 'all' },
      from: { type: 'integer', minimum: 0 },
      to: { type: 'integer', minimum: 0 },
      gate: { type: 'string', maxLength: 100 },
      // open (0) or resolved (1), the flag's time and its id.
      before: { type: 'string', pattern: '^[01]:\\d{1,16}:.{1,100}$' },
      limit: { type: 'integer', minimum: 1, maximum: FLAGS_PAGE_MAX, default: 50 },
    },
  },
};

/** One flag as the console lists it. */
interface FlagRow {
  id: string;
  at: number;
  resolved: boolean;
  deviceId: string;
  body: Record<string, unknown>;
  resolution: Record<string, unknown> | null;
}

// The flags of one state (`$9`: false open, true resolved) after the key, newest first. The
// state is read per row in key order, so the scan stops once the page is full.
const BRANCH = `(
  SELECT f.record_id AS id, hub_at_ms(f.body) AS at, s.resolved, f.device_id AS "deviceId", f.body
    FROM records f
    CROSS JOIN LATERAL (
      SELECT (f.body ->> 'status' = 'resolved') IS TRUE OR EXISTS (
        SELECT 1 FROM records r
         WHERE r.estate_id = f.estate_id AND r.kind = 'resolution' AND r.body ->> 'flagId' = f.record_id
      ) AS resolved
    ) s
   WHERE f.estate_id = $1 AND f.kind = 'flag'
     AND ($2::bigint IS NULL OR hub_at_ms(f.body) >= $2)
     AND ($3::bigint IS NULL OR hub_at_ms(f.body) < $3)
     AND ($4::text IS NULL OR f.body ->> 'gateId' = $4)
     AND s.resolved = $STATE
     AND ($5::int IS NULL OR $5 < $STATE::int
          OR ($5 = $STATE::int AND (hub_at_ms(f.body), f.record_id) < ($6::bigint, $7::text)))
   ORDER BY hub_at_ms(f.body) DESC, f.record_id DESC
   LIMIT $8
)`;

const branch = (resolved: boolean) => BRANCH.replaceAll('$STATE', resolved ? 'true' : 'false');

/** The page's SQL: the open part, the resolved part or both (open first). */
function pageSql(state: FlagsQuery['state']): string {
  const parts =
    state === 'open'
      ? [branch(false)]
      : state === 'resolved'
        ? [branch(true)]
        : [branch(false), branch(true)];
  return `SELECT p.*, (
            SELECT r.body FROM records r
             WHERE r.estate_id = $1 AND r.kind = 'resolution' AND r.body ->> 'flagId' = p.id
             ORDER BY r.revision LIMIT 1
          ) AS resolution
     FROM (${parts.join(' UNION ALL ')}) p
    ORDER BY p.resolved, p.at DESC, p.id DESC
    LIMIT $8`;
}

/** Registers the console's flag list. */
export function registerFlags(app: FastifyInstance, ctx: HubContext): void {
  app.get<{ Querystring: FlagsQuery }>(
    '/api/flags',
    { schema: flagsSchema, preHandler: [authenticate(ctx), allowRoles('manager', 'office')] },
    async (request) => {
      const q = request.query;
      const key = q.before ? /^([01]):(\d+):(.+)$/.exec(q.before) : null;
      const rows = await ctx.db.query<FlagRow>(pageSql(q.state), [
        caller(request).estateId,
        q.from ?? null,
        q.to ?? null,
        q.gate ?? null,
        key ? Number(key[1]) : null,
        key ? Number(key[2]) : null,
        key ? key[3] : null,
        q.limit,
      ]);
      const flags = rows.rows;
      const last = flags.at(-1);
      const next = flags.length === q.limit && last ? `${last.resolved ? 1 : 0}:${last.at}:${last.id}` : null;
      return { ok: true, flags, next };
    },
  );
}
