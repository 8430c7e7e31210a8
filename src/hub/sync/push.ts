/**
 * One push: a batch of records in the device's order, written in ONE transaction. The estate's
 * counter row is locked first (SELECT … FOR UPDATE) and held to the commit, so pushes to one
 * estate commit one after another and their revisions in order: a reader that has seen
 * revision N has seen every revision below N that will ever exist (revisions may skip numbers,
 * never commit out of order).
 *
 * A record new to the estate (estate, kind, id) is inserted. One already stored is judged by
 * sync/merge.ts: the same content is a duplicate (acknowledged, nothing written); an immutable
 * kind with other content is kept aside in `conflicts`, never written over; a mutable kind is
 * merged field by field under the estate's rules and, when it changed, takes the push's revision
 * so that every device pulls its new state. A resolution of a flag that already has one is kept
 * aside, not stored (the first resolution wins).
 */

import type { PushedRecord } from '../../wire/kinds.ts';
import type { Role } from '../auth/device-auth.ts';
import type { HubDb, Sql } from '../db/types.ts';
import { checkChains } from './chain-check.ts';
import { type ConflictRule, type Loss, merge } from './merge.ts';

/** One value or resend kept aside by a push: which record, which field (none: all of it), why. */
export interface PushConflict {
  kind: string;
  id: string;
  field?: string;
  rule: ConflictRule;
}

/** What a push did. */
export interface PushResult {
  /** Records new to the estate, stored. */
  accepted: number;
  /** Records of mutable kinds whose stored state the push changed. */
  updated: number;
  duplicates: number;
  conflicts: PushConflict[];
  chainBreaks: { id: string; problem: string }[];
  /** The estate's revision after the push. */
  revision: number;
}

/** The pushing device. */
export interface Pusher {
  deviceId: string;
  role: Role;
}

interface Outcome {
  ord: number;
  inserted: boolean;
  /** The stored body and its last writer, when the record was not inserted by this push. */
  stored: Record<string, unknown> | null;
  storedBy: string;
}

interface Aside {
  kind: string;
  id: string;
  field: string | null;
  rule: ConflictRule;
  body: unknown;
}

const aside = (r: PushedRecord, l: Loss): Aside => ({
  kind: r.kind,
  id: r.id,
  field: l.field,
  rule: l.rule,
  body: l.field === null ? l.value : { [l.field]: l.value },
});

/**
 * Splits off the resolutions of a flag already resolved, stored or earlier in this batch (the
 * first resolution wins); a resend of the winning resolution itself goes on as usual.
 */
async function lateResolutions(
  sql: Sql,
  estateId: string,
  records: readonly PushedRecord[],
): Promise<{ kept: PushedRecord[]; late: Aside[] }> {
  const flagOf = (r: PushedRecord) =>
    r.kind === 'resolution' && typeof r.body.flagId === 'string' ? r.body.flagId : null;
  const flags = [...new Set(records.map(flagOf).filter((f) => f !== null))];
  if (flags.length === 0) return { kept: [...records], late: [] };
  const found = await sql.query<{ flag: string; id: string }>(
    `SELECT body ->> 'flagId' AS flag, record_id AS id FROM records
      WHERE estate_id = $1 AND kind = 'resolution' AND body ->> 'flagId' = ANY ($2::text[])`,
    [estateId, flags],
  );
  const winner = new Map(found.rows.map((r) => [r.flag, r.id]));
  const kept: PushedRecord[] = [];
  const late: Aside[] = [];
  for (const r of records) {
    const flag = flagOf(r);
    const held = flag === null ? undefined : winner.get(flag);
    if (flag !== null && held === undefined) winner.set(flag, r.id);
    if (held !== undefined && held !== r.id) {
      late.push(aside(r, { field: null, value: r.body, rule: 'first-resolution' }));
    } else kept.push(r);
  }
  return { kept, late };
}

/** Writes `records` pushed by `pusher` of `estateId` in one transaction. */
export async function push(
  db: HubDb,
  estateId: string,
  pusher: Pusher,
  records: readonly PushedRecord[],
  now: number,
): Promise<PushResult> {
  const { deviceId } = pusher;
  return db.tx(async (sql) => {
    const locked = await sql.query<{ revision: number }>(
      'SELECT revision FROM estates WHERE estate_id = $1 FOR UPDATE',
      [estateId],
    );
    const base = locked.rows[0]?.revision;
    if (base === undefined) throw new Error(`no estate ${estateId}`);
    const { kept, late } = await lateResolutions(sql, estateId, records);
    const input = JSON.stringify(kept);
    const inserted = await sql.query<{ revision: number }>(
      `INSERT INTO records (estate_id, kind, record_id, device_id, revision, body, received_ms)
       SELECT $1, e.item ->> 'kind', e.item ->> 'id', $3, $4 + e.ord, e.item -> 'body', $5
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(item, ord)
        ORDER BY e.ord
       ON CONFLICT (estate_id, kind, record_id) DO NOTHING
       RETURNING revision`,
      [estateId, input, deviceId, base, now],
    );
    let revision = Math.max(base, ...inserted.rows.map((r) => r.revision));
    // Each record against what is stored now: written by this push (its revision), or merged.
    const outcomes = await sql.query<Outcome>(
      `SELECT e.ord::int AS ord, (r.revision = $3 + e.ord) AS inserted,
              CASE WHEN r.revision = $3 + e.ord THEN NULL ELSE r.body END AS stored,
              r.device_id AS "storedBy"
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(item, ord)
         JOIN records r ON r.estate_id = $1 AND r.kind = e.item ->> 'kind' AND r.record_id = e.item ->> 'id'
        ORDER BY e.ord`,
      [estateId, input, base],
    );
    const conflicts: Aside[] = [...late];
    let duplicates = 0;
    let updates = 0;
    // The state of each record as this batch goes (a record may come twice in one batch).
    const current = new Map<string, { body: Record<string, unknown>; by: string; ord: number | null }>();
    for (const o of outcomes.rows) {
      const r = kept[o.ord - 1] as PushedRecord;
      const key = `${r.kind}\n${r.id}`;
      if (o.inserted) {
        current.set(key, { body: r.body, by: deviceId, ord: null });
        continue;
      }
      const state = current.get(key) ?? { body: o.stored ?? {}, by: o.storedBy, ord: null };
      const m = merge(r.kind, state.body, r.body, { role: pusher.role, wroteLast: state.by === deviceId });
      conflicts.push(...m.losses.map((l) => aside(r, l)));
      if (m.body) {
        current.set(key, { body: m.body, by: deviceId, ord: o.ord });
        updates++;
      } else {
        current.set(key, state);
        if (m.losses.length === 0) duplicates++;
      }
    }
    for (const [key, c] of current) {
      if (c.ord === null) continue;
      const [kind, id] = key.split('\n');
      revision = Math.max(revision, base + c.ord);
      await sql.query(
        `UPDATE records SET body = $4::jsonb, revision = $5, device_id = $6, received_ms = $7
          WHERE estate_id = $1 AND kind = $2 AND record_id = $3`,
        [estateId, kind, id, JSON.stringify(c.body), base + c.ord, deviceId, now],
      );
    }
    if (revision > base) {
      await sql.query('UPDATE estates SET revision = $2 WHERE estate_id = $1', [estateId, revision]);
    }
    if (conflicts.length > 0) {
      await sql.query(
        `INSERT INTO conflicts (estate_id, kind, record_id, body_md5, device_id, body, received_ms, field, rule)
         SELECT $1, c ->> 'kind', c ->> 'id', md5((c -> 'body')::text), $3, c -> 'body', $4, c ->> 'field', c ->> 'rule'
           FROM jsonb_array_elements($2::jsonb) AS c
         ON CONFLICT DO NOTHING`,
        [estateId, JSON.stringify(conflicts), deviceId, now],
      );
    }
    const insertedOrds = new Set(outcomes.rows.filter((o) => o.inserted).map((o) => o.ord));
    const fresh = kept.filter((_, i) => insertedOrds.has(i + 1));
    const chainBreaks = await checkChains(sql, estateId, fresh, now);
    return {
      accepted: fresh.length,
      updated: updates,
      duplicates,
      conflicts: conflicts.map(({ kind, id, field, rule }) => ({
        kind,
        id,
        ...(field === null ? {} : { field }),
        rule,
      })),
      chainBreaks,
      revision,
    };
  });
}
