/**
 * One push: a batch of records in the device's order, written in ONE transaction. The estate's
 * counter row is locked first (SELECT … FOR UPDATE) and held to the commit, so pushes to one
 * estate commit one after another and their revisions in order: a reader that has seen
 * revision N has seen every revision below N that will ever exist (revisions may skip numbers,
 * never commit out of order).
 *
 * Records are immutable: inserted by (estate, kind, id) or left alone. A resend with the same
 * content is a duplicate (acknowledged, nothing written); one with other content is kept aside
 * in `conflicts` and reported, never written over the stored record.
 */

import type { PushedRecord } from '../../wire/kinds.ts';
import type { HubDb } from '../db/types.ts';
import { checkChains } from './chain-check.ts';

/** What a push did. */
export interface PushResult {
  accepted: number;
  duplicates: number;
  conflicts: { kind: string; id: string }[];
  chainBreaks: { id: string; problem: string }[];
  /** The estate's revision after the push. */
  revision: number;
}

interface Outcome {
  ord: number;
  inserted: boolean;
  same: boolean;
}

/** Writes `records` pushed by `deviceId` of `estateId` in one transaction. */
export async function push(
  db: HubDb,
  estateId: string,
  deviceId: string,
  records: readonly PushedRecord[],
  now: number,
): Promise<PushResult> {
  const input = JSON.stringify(records);
  return db.tx(async (sql) => {
    const locked = await sql.query<{ revision: number }>(
      'SELECT revision FROM estates WHERE estate_id = $1 FOR UPDATE',
      [estateId],
    );
    const base = locked.rows[0]?.revision;
    if (base === undefined) throw new Error(`no estate ${estateId}`);
    const inserted = await sql.query<{ revision: number }>(
      `INSERT INTO records (estate_id, kind, record_id, device_id, revision, body, received_ms)
       SELECT $1, e.item ->> 'kind', e.item ->> 'id', $3, $4 + e.ord, e.item -> 'body', $5
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(item, ord)
        ORDER BY e.ord
       ON CONFLICT (estate_id, kind, record_id) DO NOTHING
       RETURNING revision`,
      [estateId, input, deviceId, base, now],
    );
    const revision = Math.max(base, ...inserted.rows.map((r) => r.revision));
    if (revision > base) {
      await sql.query('UPDATE estates SET revision = $2 WHERE estate_id = $1', [estateId, revision]);
    }
    // Each record against what is stored now: written by this push (its revision), or compared.
    const outcomes = await sql.query<Outcome>(
      `SELECT e.ord::int AS ord, (r.revision = $3 + e.ord) AS inserted, (r.body = e.item -> 'body') AS same
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(item, ord)
         JOIN records r ON r.estate_id = $1 AND r.kind = e.item ->> 'kind' AND r.record_id = e.item ->> 'id'
        ORDER BY e.ord`,
      [estateId, input, base],
    );
    const conflicts: PushedRecord[] = [];
    let duplicates = 0;
    for (const o of outcomes.rows) {
      if (o.inserted) continue;
      if (o.same) duplicates++;
      else conflicts.push(records[o.ord - 1] as PushedRecord);
    }
    if (conflicts.length > 0) {
      await sql.query(
        `INSERT INTO conflicts (estate_id, kind, record_id, body_md5, device_id, body, received_ms)
         SELECT $1, e.item ->> 'kind', e.item ->> 'id', md5((e.item -> 'body')::text), $3, e.item -> 'body', $4
           FROM jsonb_array_elements($2::jsonb) AS e(item)
         ON CONFLICT DO NOTHING`,
        [estateId, JSON.stringify(conflicts), deviceId, now],
      );
    }
    const insertedOrds = new Set(outcomes.rows.filter((o) => o.inserted).map((o) => o.ord));
    const fresh = records.filter((_, i) => insertedOrds.has(i + 1));
    const chainBreaks = await checkChains(sql, estateId, fresh, now);
    return {
      accepted: fresh.length,
      duplicates,
      conflicts: conflicts.map((c) => ({ kind: c.kind, id: c.id })),
      chainBreaks,
      revision,
    };
  });
}
