/**
 * `GET /api/export.csv?from&to&verdict&gate&lang` (manager and office devices): the passages of
 * every gate of the estate as the console's passage export writes them (src/policy/
 * passage-export.ts: the same columns, words, UTF-8 with a BOM, formula cells neutralised),
 * newest first. Streamed: read in keyed pages of EXPORT_PAGE rows on the log's indexes (migration
 * 003) and written page by page, so 100,000 rows are never held as objects at once. A check
 * withdrawn at the gate (`undone`) is in no export, as on the tablet. Each export is in the hub's
 * audit trail with its filter and how many rows it wrote.
 *
 * The person cells: a passage carries the masked name the gate showed (`who`), which fills the
 * name; phone and plate come from the estate's registry on the tablet, which the hub does not
 * join yet, so they stay empty.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { csvHead } from '../../policy/csv-write.ts';
import { type ExportedPassage, exportWords, passageCsvWriter } from '../../policy/passage-export.ts';
import { recordAudit } from '../audit.ts';
import { allowRoles, authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';
import type { Rows } from '../db/types.ts';
import { PASSAGE_FILTER } from './console-routes.ts';

/** Rows read and written per page. */
export const EXPORT_PAGE = 2000;

interface ExportQuery {
  from?: number;
  to?: number;
  verdict?: string;
  gate?: string;
  lang: 'zh' | 'en';
}

const exportSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...PASSAGE_FILTER,
      lang: { enum: ['zh', 'en'], default: 'zh' },
    },
  },
};

interface Row extends ExportedPassage {
  who: string | null;
}

// Only the cells the export writes, read out of the body in SQL (no whole body per row).
const PAGE_SQL = `
  SELECT record_id AS id, (body ->> 'at')::bigint AS at, body ->> 'gateId' AS "gateId",
         body ->> 'direction' AS direction, body ->> 'verdict' AS verdict,
         COALESCE(body -> 'reasons', '[]'::jsonb) AS reasons,
         CASE WHEN jsonb_typeof(body -> 'check') = 'object'
              THEN COALESCE(body -> 'check' -> 'temperaturesC', '[]'::jsonb) END AS "temperaturesC",
         body -> 'check' ->> 'mask' AS mask, body -> 'check' ->> 'colour' AS colour,
         body -> 'check' ->> 'colourSource' AS "colourSource",
         COALESCE(body -> 'check' ->> 'volunteer', '') AS volunteer,
         COALESCE((body -> 'check' ->> 'policyVersion')::float8, 0) AS "policyVersion",
         body -> 'who' ->> 'name' AS who
    FROM records
   WHERE estate_id = $1 AND kind = 'passage' AND body ->> 'undone' IS NULL
     AND ($2::bigint IS NULL OR (body ->> 'at')::bigint >= $2)
     AND ($3::bigint IS NULL OR (body ->> 'at')::bigint < $3)
     AND ($4::text IS NULL OR body ->> 'verdict' = $4)
     AND ($5::text IS NULL OR body ->> 'gateId' = $5)
     AND ($6::bigint IS NULL OR ((body ->> 'at')::bigint, record_id) < ($6, $7::text))
   ORDER BY (body ->> 'at')::bigint DESC, record_id DESC
   LIMIT $8`;

const fileStamp = (now: number) => new Date(now).toISOString().slice(0, 16).replace(/[-:T]/g, '');

/** Registers the passage export. */
export function registerExport(app: FastifyInstance, ctx: HubContext): void {
  app.get<{ Querystring: ExportQuery }>(
    '/api/export.csv',
    { schema: exportSchema, preHandler: [authenticate(ctx), allowRoles('manager', 'office')] },
    async (request, reply) => {
      const q = request.query;
      const { estateId, deviceId } = caller(request);
      const words = exportWords(q.lang);
      const filter = {
        from: q.from ?? null,
        to: q.to ?? null,
        verdict: q.verdict ?? null,
        gate: q.gate ?? null,
      };
      async function* file(): AsyncGenerator<string> {
        let rows = 0;
        let complete = false;
        let pending: Promise<Rows<Row>> | null = null;
        try {
          yield csvHead(words.header);
          // A masked name is a string: one object per distinct name, so the writer escapes it once.
          const people = new Map<string, { name: string }>();
          const line = passageCsvWriter<{ name: string }>(words, (p) => [p.name, '', '']);
          const read = (after: Row | null): Promise<Rows<Row>> =>
            ctx.db.query<Row>(PAGE_SQL, [
              estateId,
              filter.from,
              filter.to,
              filter.verdict,
              filter.gate,
              after?.at ?? null,
              after?.id ?? null,
              EXPORT_PAGE,
            ]);
          pending = read(null);
          while (pending) {
            const page: Rows<Row> = await pending;
            // The next page is read while this one is written (its key is this page's last row).
            const last = page.rows.at(-1);
            pending = last && page.rows.length === EXPORT_PAGE ? read(last) : null;
            let text = '';
            for (const r of page.rows) {
              let who = r.who === null ? undefined : people.get(r.who);
              if (r.who !== null && who === undefined) {
                who = { name: r.who };
                people.set(r.who, who);
              }
              text += line(r, who);
            }
            rows += page.rows.length;
            if (text) yield text;
          }
          complete = true;
        } finally {
          // A page read ahead for a client that went away: its outcome no longer matters.
          await pending?.catch(() => {});
          // Written whole or cut off by the client: either way the trail says what left the hub.
          await recordAudit(ctx.db, {
            estateId,
            actor: deviceId,
            action: 'export',
            detail: { what: 'passages.csv', rows, complete, ...filter },
            atMs: ctx.now(),
          });
        }
      }
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="passages-${fileStamp(ctx.now())}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(file()));
    },
  );
}
