/**
 * `GET /api/day-report?from&to&gate` (manager and office devices of the estate): the printed daily
 * report of every gate (or the one named), computed in SQL as the tablet computes its own
 * (src/db/log/report.ts) from what the gates pushed, each row with the gate it is from:
 *
 * - passages per verdict, in all and per gate, leaving out checks withdrawn at the gate (`undone`);
 * - the fevers (a passage with the reason `fever`) with who and the readings;
 * - the day's flags with who and the readings (their passage), or the returnee's ledger entry,
 *   and the resolution that won (the first resolution record, else the flag's own);
 * - the returnees still to report (ledger entries `pending`, any day: as on the tablet), the
 *   gate being their report flag's;
 * - the roster: each volunteer at each gate, checks recorded, first and last check.
 *
 * `gates` names the estate's gates (enrolled, or seen that day) for the report's gate choice.
 */
import type { FastifyInstance } from 'fastify';
import { allowRoles, authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';

interface DayQuery {
  from: number;
  to: number;
  gate?: string;
}

const daySchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    required: ['from', 'to'],
    properties: {
      from: { type: 'integer', minimum: 0 },
      to: { type: 'integer', minimum: 0 },
      gate: { type: 'string', minLength: 1, maxLength: 100 },
    },
  },
};

// $1 estate, $2 from, $3 to, $4 gate or null: the day's counted passages.
const DAY_PASSAGES = `
  FROM records p
 WHERE p.estate_id = $1 AND p.kind = 'passage' AND p.body ->> 'undone' IS NULL
   AND (p.body ->> 'at')::bigint >= $2 AND (p.body ->> 'at')::bigint < $3
   AND ($4::text IS NULL OR p.body ->> 'gateId' = $4)`;

const COUNTS = `
SELECT p.body ->> 'gateId' AS gate, p.body ->> 'verdict' AS verdict, count(*)::int AS n
${DAY_PASSAGES}
 GROUP BY 1, 2 ORDER BY 1, 2`;

const FEVERS = `
SELECT p.record_id AS id, (p.body ->> 'at')::bigint AS at, p.body ->> 'gateId' AS "gateId",
       p.body -> 'who' AS who, COALESCE(p.body -> 'check' -> 'temperaturesC', '[]'::jsonb) AS "temperaturesC"
${DAY_PASSAGES} AND p.body -> 'reasons' @> '["fever"]'::jsonb
 ORDER BY 2, 1`;

const ROSTER = `
SELECT p.body ->> 'gateId' AS "gateId",
       COALESCE(NULLIF(p.body -> 'check' ->> 'volunteer', ''), '—') AS volunteer,
       count(*)::int AS checks, min((p.body ->> 'at')::bigint) AS first, max((p.body ->> 'at')::bigint) AS last
${DAY_PASSAGES}
 GROUP BY 1, 2 ORDER BY 4, 1, 2`;

// The flags opened that day, but not those of a check withdrawn at the gate (its flags are gone there).
const FLAGS = `
SELECT f.record_id AS id, hub_at_ms(f.body) AS at, f.body ->> 'kind' AS kind, f.body ->> 'gateId' AS "gateId",
       f.body ->> 'note' AS note, f.body ->> 'openedBy' AS "openedBy",
       (f.body ->> 'status' = 'resolved') IS TRUE OR r.body IS NOT NULL AS resolved,
       COALESCE(r.body ->> 'resolution', f.body ->> 'resolution') AS resolution,
       COALESCE(r.body ->> 'resolvedBy', f.body ->> 'resolvedBy') AS "resolvedBy",
       p.body -> 'who' AS who, COALESCE(p.body -> 'check' -> 'temperaturesC', '[]'::jsonb) AS "temperaturesC",
       l.body AS ledger
  FROM records f
  LEFT JOIN records p
    ON p.estate_id = f.estate_id AND p.kind = 'passage' AND p.record_id = f.body ->> 'passageId'
  LEFT JOIN LATERAL (
    SELECT x.body FROM records x
     WHERE x.estate_id = f.estate_id AND x.kind = 'resolution' AND x.body ->> 'flagId' = f.record_id
     ORDER BY x.revision LIMIT 1) r ON true
  LEFT JOIN LATERAL (
    SELECT y.body FROM records y
     WHERE y.estate_id = f.estate_id AND y.kind = 'ledger-entry' AND y.body ->> 'flagId' = f.record_id
     LIMIT 1) l ON true
 WHERE f.estate_id = $1 AND f.kind = 'flag'
   AND hub_at_ms(f.body) >= $2 AND hub_at_ms(f.body) < $3
   AND ($4::text IS NULL OR f.body ->> 'gateId' = $4)
   AND p.body ->> 'undone' IS NULL
 ORDER BY 2, 1`;

// $1 estate, $2 gate or null: every returnee not yet reported, with the gate of its report flag.
const RETURNEES = `
SELECT g."gateId", l.body
  FROM records l
  LEFT JOIN LATERAL (
    SELECT f.body ->> 'gateId' AS "gateId" FROM records f
     WHERE f.estate_id = l.estate_id AND f.kind = 'flag' AND f.record_id = l.body ->> 'flagId') g ON true
 WHERE l.estate_id = $1 AND l.kind = 'ledger-entry' AND l.body ->> 'status' = 'pending'
   AND ($2::text IS NULL OR g."gateId" = $2)
 ORDER BY hub_at_ms(l.body), l.record_id`;

const GATES = `
SELECT gate_name AS gate FROM devices
 WHERE estate_id = $1 AND role = 'gate' AND revoked_ms IS NULL AND gate_name IS NOT NULL`;

type Counts = { pass: number; review: number; deny: number; recorded: number };
const zero = (): Counts => ({ pass: 0, review: 0, deny: 0, recorded: 0 });

/** Registers the daily report across gates. */
export function registerDayReport(app: FastifyInstance, ctx: HubContext): void {
  app.get<{ Querystring: DayQuery }>(
    '/api/day-report',
    { schema: daySchema, preHandler: [authenticate(ctx), allowRoles('manager', 'office')] },
    async (request) => {
      const { from, to } = request.query;
      const gate = request.query.gate ?? null;
      const { estateId } = caller(request);
      const day = [estateId, from, to, gate];
      const [counted, fevers, roster, flags, returnees, enrolled] = await Promise.all([
        ctx.db.query<{ gate: string; verdict: string; n: number }>(COUNTS, day),
        ctx.db.query(FEVERS, day),
        ctx.db.query<{ gateId: string }>(ROSTER, day),
        ctx.db.query<{ gateId: string | null }>(FLAGS, day),
        ctx.db.query<{ gateId: string | null; body: Record<string, unknown> }>(RETURNEES, [estateId, gate]),
        ctx.db.query<{ gate: string }>(GATES, [estateId]),
      ]);
      const counts = zero();
      const byGate: Record<string, Counts> = {};
      for (const r of counted.rows) {
        const v = r.verdict as keyof Counts;
        if (!(v in counts)) continue;
        counts[v] += r.n;
        const g = byGate[r.gate] ?? zero();
        g[v] += r.n;
        byGate[r.gate] = g;
      }
      const gates = new Set([
        ...enrolled.rows.map((r) => r.gate),
        ...Object.keys(byGate),
        ...flags.rows.flatMap((f) => (f.gateId ? [f.gateId] : [])),
      ]);
      return {
        ok: true,
        from,
        to,
        gate,
        gates: [...gates].sort(),
        counts,
        byGate,
        fevers: fevers.rows,
        flags: flags.rows,
        returneesToReport: returnees.rows.map((r) => ({ ...r.body, gateId: r.gateId })),
        roster: roster.rows,
      };
    },
  );
}
