/**
 * The hub's check of each tablet's passage chain, as passages arrive. A pushed passage carries
 * its link `{ seq, prev, hash, key, mac, personal }` (src/db/chain.ts, the link format's one
 * home); the hub recomputes the hash from the passage and finds the predecessor (same tablet,
 * seq - 1) in the batch or already stored. A break is stored in `chain_breaks`, never refused:
 * the record is the legal log either way. What the hub cannot check: the HMAC (`mac`), made with
 * the tablet's non-extractable key; and a predecessor not yet here is not judged (devices push
 * in order, so it is missing only if a record never arrives).
 */
import { CHAIN_START, linkHash, passageBody } from '../../db/chain.ts';
import type { Passage } from '../../db/types.ts';
import type { PushedRecord } from '../../wire/kinds.ts';
import type { Sql } from '../db/types.ts';

/**
 * The stored passages at given places of given tablets ($2 tablets, $3 places, as text). One index
 * probe per place (OFFSET 0 keeps the subquery apart): joined as a set, the planner without
 * statistics (PGlite never analyzes; a young PostgreSQL table neither) walked every passage of
 * the estate for each push.
 */
export const PREDECESSORS_SQL = `SELECT w.device, w.seq, r.hash
  FROM unnest($2::text[], $3::text[]) AS w(device, seq)
 CROSS JOIN LATERAL (
       SELECT body -> 'chain' ->> 'hash' AS hash FROM records
        WHERE estate_id = $1 AND kind = 'passage'
          AND body ->> 'deviceId' = w.device AND body -> 'chain' ->> 'seq' = w.seq
       OFFSET 0) AS r`;

/** Why a pushed passage breaks its tablet's chain. */
export type ChainProblem = 'missing' | 'hash' | 'prev';

interface Link {
  seq: number;
  prev: string;
  hash: string;
  key: string;
  personal: string;
}

function linkOf(body: Record<string, unknown>): Link | null {
  const c = body.chain as Partial<Link> | undefined;
  if (typeof c !== 'object' || c === null) return null;
  const { seq, prev, hash, key, personal } = c;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if ([prev, hash, key, personal].some((v) => typeof v !== 'string')) return null;
  return c as Link;
}

/** The problem of one passage by itself (its own hash), or null. */
export function ownProblem(body: Record<string, unknown>): ChainProblem | null {
  const l = linkOf(body);
  if (!l) return 'missing';
  const p = body as unknown as Passage;
  return linkHash(l.seq, l.prev, l.key, passageBody(p, l.personal)) === l.hash ? null : 'hash';
}

/** Checks the newly stored passages of a push; records and returns the breaks. */
export async function checkChains(
  sql: Sql,
  estateId: string,
  fresh: readonly PushedRecord[],
  now: number,
): Promise<{ id: string; problem: string }[]> {
  const passages = fresh.filter((r) => r.kind === 'passage');
  if (passages.length === 0) return [];
  const breaks: { id: string; problem: ChainProblem; device: string; seq: number | null }[] = [];
  const wanted: { device: string; seq: number; prev: string; id: string }[] = [];
  for (const r of passages) {
    const device = String(r.body.deviceId ?? '');
    const l = linkOf(r.body);
    const own = ownProblem(r.body);
    if (own || !l) {
      breaks.push({ id: r.id, problem: own ?? 'missing', device, seq: l?.seq ?? null });
      continue;
    }
    if (l.seq === 1) {
      if (l.prev !== CHAIN_START) breaks.push({ id: r.id, problem: 'prev', device, seq: 1 });
    } else wanted.push({ device, seq: l.seq - 1, prev: l.prev, id: r.id });
  }
  // Most predecessors came earlier in this batch (already inserted): judged here. The rest,
  // and any whose link does not match the batch's passage at that place (another passage may
  // hold the place too), are looked up in one query over everything stored.
  const inBatch = new Map<string, Set<string>>();
  for (const r of passages) {
    const c = r.body.chain as Partial<Link> | undefined;
    if (typeof r.body.deviceId !== 'string' || !Number.isSafeInteger(c?.seq) || typeof c?.hash !== 'string')
      continue;
    const k = `${r.body.deviceId}\n${c.seq}`;
    inBatch.set(k, (inBatch.get(k) ?? new Set()).add(c.hash));
  }
  const unsure = wanted.filter((w) => !inBatch.get(`${w.device}\n${w.seq}`)?.has(w.prev));
  if (unsure.length > 0) {
    const found = await sql.query<{ device: string; seq: string; hash: string }>(PREDECESSORS_SQL, [
      estateId,
      unsure.map((w) => w.device),
      unsure.map((w) => String(w.seq)),
    ]);
    const hashes = new Map<string, Set<string>>();
    for (const f of found.rows) {
      const k = `${f.device}\n${f.seq}`;
      hashes.set(k, (hashes.get(k) ?? new Set()).add(f.hash));
    }
    for (const w of unsure) {
      const h = hashes.get(`${w.device}\n${w.seq}`);
      if (h && !h.has(w.prev)) breaks.push({ id: w.id, problem: 'prev', device: w.device, seq: w.seq + 1 });
    }
  }
  if (breaks.length > 0) {
    await sql.query(
      `INSERT INTO chain_breaks (estate_id, record_id, chain_device, seq, problem, noted_ms)
       SELECT $1, b.id, b.device, b.seq, b.problem, $6
         FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[]) AS b(id, device, seq, problem)
       ON CONFLICT DO NOTHING`,
      [
        estateId,
        breaks.map((b) => b.id),
        breaks.map((b) => b.device),
        breaks.map((b) => b.seq),
        breaks.map((b) => b.problem),
        now,
      ],
    );
  }
  return breaks.map((b) => ({ id: b.id, problem: b.problem }));
}
