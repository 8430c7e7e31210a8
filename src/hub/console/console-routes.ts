/**
 * The console's queries across every gate of the caller's estate (manager and office devices),
 * computed in SQL on the indexes of migration 003, never by sending a year of passages to a PC:
 *
 * - `GET /api/log?from&to&verdict&gate&before&limit`: passages newest first, filtered by time
 *   range, verdict and gate, paged by key (`before` = the last row's `at:id` from the page before).
 * - `GET /api/dashboard?from&to`: passages per verdict and per gate in the range, and how many
 *   records of each kind the estate holds.
 */
import type { FastifyInstance } from 'fastify';
import { allowRoles, authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';

/** The longest page of the log. */
export const LOG_PAGE_MAX = 200;

interface LogQuery {
  from?: number;
  to?: number;
  verdict?: string;
  gate?: string;
  before?: string;
  limit: number;
}

const logSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      from: { type: 'integer', minimum: 0 },
      to: { type: 'integer', minimum: 0 },
      verdict: { type: 'string', maxLength: 20 },
      gate: { type: 'string', maxLength: 100 },
      before: { type: 'string', pattern: '^\\d{1,16}:.{1,100}$' },
      limit: { type: 'integer', minimum: 1, maximum: LOG_PAGE_MAX, default: 50 },
    },
  },
};

const rangeSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    required: ['from', 'to'],
    properties: { from: { type: 'integer', minimum: 0 }, to: { type: 'integer', minimum: 0 } },
  },
};

/** Registers the console's queries. */
export function registerConsole(app: FastifyInstance, ctx: HubContext): void {
  const guard = [authenticate(ctx), allowRoles('manager', 'office')];

  app.get<{ Querystring: LogQuery }>(
    '/api/log',
    { schema: logSchema, preHandler: guard },
    async (request) => {
      const q = request.query;
      const cut = q.before ? q.before.indexOf(':') : -1;
      const beforeAt = cut > 0 ? Number(q.before?.slice(0, cut)) : null;
      const beforeId = cut > 0 ? (q.before?.slice(cut + 1) ?? null) : null;
      const rows = await ctx.db.query<{ at: number; id: string }>(
        `SELECT (body ->> 'at')::bigint AS at, record_id AS id, body
         FROM records
        WHERE estate_id = $1 AND kind = 'passage'
          AND ($2::bigint IS NULL OR (body ->> 'at')::bigint >= $2)
          AND ($3::bigint IS NULL OR (body ->> 'at')::bigint < $3)
          AND ($4::text IS NULL OR body ->> 'verdict' = $4)
          AND ($5::text IS NULL OR body ->> 'gateId' = $5)
          AND ($6::bigint IS NULL OR ((body ->> 'at')::bigint, record_id) < ($6, $7::text))
        ORDER BY (body ->> 'at')::bigint DESC, record_id DESC
        LIMIT $8`,
        [
          caller(request).estateId,
          q.from ?? null,
          q.to ?? null,
          q.verdict ?? null,
          q.gate ?? null,
          beforeAt,
          beforeId,
          q.limit,
        ],
      );
      const last = rows.rows.at(-1);
      const next = rows.rows.length === q.limit && last ? `${last.at}:${last.id}` : null;
      return { ok: true, passages: rows.rows, next };
    },
  );

  app.get<{ Querystring: { from: number; to: number } }>(
    '/api/dashboard',
    { schema: rangeSchema, preHandler: guard },
    async (request) => {
      const { estateId } = caller(request);
      const { from, to } = request.query;
      const byVerdictAndGate = await ctx.db.query<{ verdict: string; gate: string; n: number }>(
        `SELECT body ->> 'verdict' AS verdict, body ->> 'gateId' AS gate, count(*)::int AS n
           FROM records
          WHERE estate_id = $1 AND kind = 'passage'
            AND (body ->> 'at')::bigint >= $2 AND (body ->> 'at')::bigint < $3
          GROUP BY 1, 2 ORDER BY 1, 2`,
        [estateId, from, to],
      );
      const kinds = await ctx.db.query<{ kind: string; n: number }>(
        'SELECT kind, count(*)::int AS n FROM records WHERE estate_id = $1 GROUP BY kind ORDER BY kind',
        [estateId],
      );
      const verdicts: Record<string, number> = {};
      const gates: Record<string, number> = {};
      for (const r of byVerdictAndGate.rows) {
        verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + r.n;
        gates[r.gate] = (gates[r.gate] ?? 0) + r.n;
      }
      const records = Object.fromEntries(kinds.rows.map((r) => [r.kind, r.n]));
      return { ok: true, from, to, verdicts, gates, records };
    },
  );
}
