/**
 * The console's queries across every gate of the estates the caller reads (manager and office
 * devices; auth/scope.ts: its estate, or every estate of its subdistrict), computed in SQL on the
 * indexes of migration 003, never by sending a year of passages to a PC:
 *
 * - `GET /api/log?from&to&verdict&gate&estate&before&limit`: passages newest first, filtered by
 *   time range, verdict, gate and estate, paged by key (`before` = the page before's `next`).
 * - `GET /api/dashboard?from&to&estate`: passages per verdict, per gate and per gate and verdict
 *   (`byGate`) in the range, the same per estate, and how many records of each kind the estates hold.
 */
import type { FastifyInstance } from 'fastify';
import { allowRoles, authenticate } from '../auth/device-auth.ts';
import { ESTATE_FILTER, readScope, scope } from '../auth/scope.ts';
import type { HubContext } from '../context.ts';

/** The longest page of the log. */
export const LOG_PAGE_MAX = 200;

interface LogQuery {
  from?: number;
  to?: number;
  verdict?: string;
  gate?: string;
  estate?: string;
  before?: string;
  limit: number;
}

/** The passages a console query or the export takes: a time range, a verdict, a gate. */
export const PASSAGE_FILTER = {
  from: { type: 'integer', minimum: 0 },
  to: { type: 'integer', minimum: 0 },
  verdict: { type: 'string', maxLength: 20 },
  gate: { type: 'string', maxLength: 100 },
} as const;

const logSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...PASSAGE_FILTER,
      ...ESTATE_FILTER,
      // at:estate:id of the last row (ids are unique only within an estate).
      before: { type: 'string', pattern: '^\\d{1,16}:[0-9a-z]{1,64}:.{1,100}$' },
      limit: { type: 'integer', minimum: 1, maximum: LOG_PAGE_MAX, default: 50 },
    },
  },
};

const rangeSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    required: ['from', 'to'],
    properties: {
      from: { type: 'integer', minimum: 0 },
      to: { type: 'integer', minimum: 0 },
      ...ESTATE_FILTER,
    },
  },
};

/** Registers the console's queries. */
export function registerConsole(app: FastifyInstance, ctx: HubContext): void {
  const guard = [authenticate(ctx), allowRoles('manager', 'office'), readScope(ctx)];

  app.get<{ Querystring: LogQuery }>(
    '/api/log',
    { schema: logSchema, preHandler: guard },
    async (request) => {
      const q = request.query;
      const [beforeAt, beforeEstate, beforeId] = splitKey(q.before);
      // Each estate's newest page through its own index (estate, at DESC), then the pages merged:
      // a subdistrict's first page reads 50 rows of each estate, not a day of all of them.
      const rows = await ctx.db.query<{ at: number; estateId: string; id: string }>(
        `SELECT p.* FROM unnest($1::text[]) AS s (estate_id)
         CROSS JOIN LATERAL (
           SELECT (body ->> 'at')::bigint AS at, r.estate_id AS "estateId", record_id AS id, body
             FROM records r
            WHERE r.estate_id = s.estate_id AND kind = 'passage'
              AND ($2::bigint IS NULL OR (body ->> 'at')::bigint >= $2)
              AND ($3::bigint IS NULL OR (body ->> 'at')::bigint < $3)
              AND ($4::text IS NULL OR body ->> 'verdict' = $4)
              AND ($5::text IS NULL OR body ->> 'gateId' = $5)
              AND ($6::bigint IS NULL OR ((body ->> 'at')::bigint, r.estate_id, record_id) < ($6, $7::text, $8::text))
            ORDER BY (body ->> 'at')::bigint DESC, record_id DESC
            LIMIT $9) AS p
         ORDER BY p.at DESC, p."estateId" DESC, p.id DESC
         LIMIT $9`,
        [
          scope(request),
          q.from ?? null,
          q.to ?? null,
          q.verdict ?? null,
          q.gate ?? null,
          beforeAt,
          beforeEstate,
          beforeId,
          q.limit,
        ],
      );
      const last = rows.rows.at(-1);
      const next = rows.rows.length === q.limit && last ? `${last.at}:${last.estateId}:${last.id}` : null;
      return { ok: true, passages: rows.rows, next };
    },
  );

  app.get<{ Querystring: { from: number; to: number; estate?: string } }>(
    '/api/dashboard',
    { schema: rangeSchema, preHandler: guard },
    async (request) => {
      const estateIds = scope(request);
      const { from, to } = request.query;
      const counted = await ctx.db.query<{ estate: string; verdict: string; gate: string; n: number }>(
        `SELECT estate_id AS estate, body ->> 'verdict' AS verdict, body ->> 'gateId' AS gate, count(*)::int AS n
           FROM records
          WHERE estate_id = ANY ($1::text[]) AND kind = 'passage'
            AND (body ->> 'at')::bigint >= $2 AND (body ->> 'at')::bigint < $3
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        [estateIds, from, to],
      );
      const kinds = await ctx.db.query<{ kind: string; n: number }>(
        'SELECT kind, count(*)::int AS n FROM records WHERE estate_id = ANY ($1::text[]) GROUP BY kind ORDER BY kind',
        [estateIds],
      );
      const names = await ctx.db.query<{ estateId: string; name: string }>(
        `SELECT estate_id AS "estateId", name FROM estates WHERE estate_id = ANY ($1::text[])
          ORDER BY name, estate_id`,
        [estateIds],
      );
      const total = new Tally();
      const each = new Map(names.rows.map((e) => [e.estateId, new Tally()]));
      for (const r of counted.rows) {
        total.add(r.verdict, r.gate, r.n);
        each.get(r.estate)?.add(r.verdict, r.gate, r.n);
      }
      const records = Object.fromEntries(kinds.rows.map((r) => [r.kind, r.n]));
      // `gates` adds up gates of the same name in different estates; `estates` keeps them apart.
      const estates = names.rows.map((e) => ({ ...e, ...each.get(e.estateId) }));
      return { ok: true, from, to, ...total, records, estates };
    },
  );
}

/** Passages per verdict, per gate and per gate and verdict, and in all. */
class Tally {
  passages = 0;
  verdicts: Record<string, number> = {};
  gates: Record<string, number> = {};
  byGate: Record<string, Record<string, number>> = {};

  add(verdict: string, gate: string, n: number): void {
    this.passages += n;
    this.verdicts[verdict] = (this.verdicts[verdict] ?? 0) + n;
    this.gates[gate] = (this.gates[gate] ?? 0) + n;
    const g = this.byGate[gate] ?? {};
    g[verdict] = (g[verdict] ?? 0) + n;
    this.byGate[gate] = g;
  }
}

/** The log's paging key `at:estate:id` in its parts (nulls for the first page). */
function splitKey(before: string | undefined): [number | null, string | null, string | null] {
  if (!before) return [null, null, null];
  const a = before.indexOf(':');
  const b = before.indexOf(':', a + 1);
  return [Number(before.slice(0, a)), before.slice(a + 1, b), before.slice(b + 1)];
}
