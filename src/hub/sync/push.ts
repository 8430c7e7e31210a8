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

/** What is stored of a record: its body and the device that wrote it last. */
interface Held {
  body: Record<string, unknown>;
  by: string;
}

const keyOf = (r: { kind: string; id: string }) => `${r.kind}\n${r.id}`;

/**
 * The stored body and last writer of given records ($2 kinds, $3 ids). One primary-key probe
 * per record (OFFSET 0 keeps the subquery apart): as a set join the planner may scan the
 * estate's records for a resent batch.
 */
export const STORED_SQL = `SELECT r.kind, r.record_id AS id, r.body, r.device_id AS by
  FROM unnest($2::text[], $3::text[]) AS w(kind, id)
 CROSS JOIN LATERAL (
       SELECT kind, record_id, body, device_id FROM records
        WHERE estate_id = $1 AND kind = w.kind AND record_id = w.id
       OFFSET 0) AS r`;

/** The stored state of `records` (those of the batch not inserted now), in one query. */
async function storedOf(
  sql: Sql,
  estateId: string,
  records: readonly PushedRecord[],
): Promise<Map<string, Held>> {
  const held = new Map<string, Held>();
  if (records.length === 0) return held;
  const found = await sql.query<Held & { kind: string; id: string }>(STORED_SQL, [
    estateId,
    records.map((r) => r.kind),
    records.map((r) => r.id),
  ]);
  for (const f of found.rows) held.set(keyOf(f), { body: f.body, by: f.by });
  return held;
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
    const inserted = await sql.query<{ revision: number }>(
      `INSERT INTO records (estate_id, kind, record_id, device_id, revision, body, received_ms)
       SELECT $1, e.item ->> 'kind', e.item ->> 'id', $3, $4 + e.ord, e.item -> 'body', $5
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(item, ord)
        ORDER BY e.ord
       ON CONFLICT (estate_id, kind, record_id) DO NOTHING
       RETURNING revision`,
      [estateId, JSON.stringify(kept), deviceId, base, now],
    );
    // An inserted record's revision is base + its place in the batch (1-based).
    const insertedOrds = new Set(inserted.rows.map((r) => r.revision - base));
    let revision = Math.max(base, ...inserted.rows.map((r) => r.revision));
    const stored = await storedOf(
      sql,
      estateId,
      kept.filter((_, i) => !insertedOrds.has(i + 1)),
    );
    const conflicts: Aside[] = [...late];
    let duplicates = 0;
    let updates = 0;
    // The state of each record as this batch goes (a record may come twice in one batch).
    const current = new Map<string, Held & { ord: number | null }>();
    kept.forEach((r, i) => {
      const ord = i + 1;
      const key = keyOf(r);
      if (insertedOrds.has(ord)) {
        current.set(key, { body: r.body, by: deviceId, ord: null });
        return;
      }
      const held = current.get(key) ?? stored.get(key);
      if (!held) throw new Error(`push: ${r.kind} ${r.id} neither inserted nor stored`);
      const state = { ord: null, ...held };
      const m = merge(r.kind, state.body, r.body, { role: pusher.role, wroteLast: state.by === deviceId });
      conflicts.push(...m.losses.map((l) => aside(r, l)));
      if (m.body) {
        current.set(key, { body: m.body, by: deviceId, ord });
        updates++;
      } else {
        current.set(key, state);
        if (m.losses.length === 0) duplicates++;
      }
    });
    // Merged records take the revision of their last change in the batch: one statement for all.
    const changed = [...current].filter(([, c]) => c.ord !== null);
    if (changed.length > 0) {
      const named = new Map(kept.map((r) => [keyOf(r), r]));
      const rows = changed.map(([key, c]) => {
        const { kind, id } = named.get(key) as PushedRecord;
        revision = Math.max(revision, base + (c.ord as number));
        return { kind, id, body: c.body, revision: base + (c.ord as number) };
      });
      await sql.query(
        `UPDATE records r SET body = u.item -> 'body', revision = (u.item ->> 'revision')::bigint,
                device_id = $3, received_ms = $4
           FROM jsonb_array_elements($2::jsonb) AS u(item)
          WHERE r.estate_id = $1 AND r.kind = u.item ->> 'kind' AND r.record_id = u.item ->> 'id'`,
        [estateId, JSON.stringify(rows), deviceId, now],
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
