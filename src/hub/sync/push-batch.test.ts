/**
 * One batch holding everything a push must tell apart, on both databases: new records, resends,
 * differing resends, merges, the same record twice, and passages whose chain predecessor is in
 * the same batch, stored before, claimed twice or not here yet. Each record is judged in the
 * device's order against the state the records before it left, as if pushed one by one.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedRecord } from '../../wire/kinds.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { passages, relinked } from '../test/passages.ts';
import type { PulledChange } from '../test/stored.ts';
import { PREDECESSORS_SQL } from './chain-check.ts';
import { STORED_SQL } from './push.ts';

interface Link {
  seq: number;
  prev: string;
  hash: string;
  key: string;
  personal: string;
}
const linkOf = (r: PushedRecord) => r.body.chain as Link;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Join Filter'?: number;
  Plans?: PlanNode[];
}

/** Rows a plan read from `records` (kept, filtered out, or dropped by the join above them). */
function rowsRead(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'records'
      ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops']
      : 0;
  const dropped = node['Rows Removed by Join Filter'] ?? 0;
  return own + dropped + (node.Plans ?? []).reduce((n, p) => n + rowsRead(p), 0);
}

describe.each(testDatabases())('one mixed batch on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const clock = Date.UTC(2026, 11, 6, 8, 0, 0);
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let west: TestDevice;
  let east: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => clock, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    west = await enrolGate(hub.app, manager, '西门', clock);
    east = await enrolGate(hub.app, manager, '东门', clock);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const pushAs = async (d: TestDevice, records: PushedRecord[]) => {
    const r = await signedInject(hub.app, d, 'POST', '/api/push', { records }, clock);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const pull = async (since: number): Promise<PulledChange[]> =>
    (await signedInject(hub.app, manager, 'GET', `/api/pull?since=${since}`, undefined, clock)).json()
      .changes;
  const breaksOf = async (ids: string[]) =>
    (
      await db.query(
        `SELECT record_id AS id, chain_device AS device, seq::int AS seq, problem FROM chain_breaks
          WHERE record_id = ANY ($1::text[]) ORDER BY record_id COLLATE "C"`,
        [ids],
      )
    ).rows;

  it('new, resent, differing, merged and repeated records in one batch: each judged in order', async () => {
    const chain = passages('tab-m', 5);
    const [p1, p2, p3, p4, p5] = chain.records as PushedRecord[] as [PushedRecord, ...PushedRecord[]];
    const flag = { id: 'F', kind: 'fever', status: 'open', note: 'a' };
    const res: PushedRecord = { kind: 'resolution', id: 'R1', body: { flagId: 'X', resolution: 'ok' } };
    const first = await pushAs(west, [
      p1,
      p2 as PushedRecord,
      p3 as PushedRecord,
      res,
      { kind: 'flag', id: 'F', body: flag },
    ]);
    expect(first).toMatchObject({ accepted: 5, updated: 0, duplicates: 0, conflicts: [], chainBreaks: [] });

    const reg = { kind: 'registration', id: 'G1', body: { name: '李*' } } as PushedRecord;
    const batch: PushedRecord[] = [
      p2 as PushedRecord, // 1: resent as stored
      { ...res, body: { flagId: 'X', resolution: 'changed' } }, // 2: immutable, differs
      reg, // 3: new
      { kind: 'flag', id: 'F', body: { ...flag, note: 'n1' } }, // 4: merged, west's note kept aside
      p4 as PushedRecord, // 5: new, predecessor stored by the first push
      p5 as PushedRecord, // 6: new, predecessor just before it
      { kind: 'flag', id: 'F', body: { ...flag, note: 'n2' } }, // 7: east wrote it last (4): no loss
      { kind: 'flag', id: 'F2', body: { id: 'F2', status: 'open' } }, // 8: new
      { kind: 'flag', id: 'F2', body: { id: 'F2', status: 'open', note: 'x' } }, // 9: merged
      reg, // 10: resent in its own batch
    ];
    const r = await pushAs(east, batch);
    expect(r).toMatchObject({ accepted: 4, updated: 3, duplicates: 2, chainBreaks: [] });
    expect(r.conflicts).toEqual([
      { kind: 'resolution', id: 'R1', rule: 'immutable' },
      { kind: 'flag', id: 'F', field: 'note', rule: 'last-arrival' },
    ]);
    expect(r.revision).toBe(first.revision + 9);
    // Pulled in the device's order: each record at its last change in the batch.
    const changes = await pull(first.revision);
    expect(changes.map((c) => [c.id, c.revision - first.revision])).toEqual([
      ['G1', 3],
      [p4?.id, 5],
      [p5?.id, 6],
      ['F', 7],
      ['F2', 9],
    ]);
    expect(changes.find((c) => c.id === 'F')?.body).toEqual({ ...flag, note: 'n2' });
    expect(changes.find((c) => c.id === 'F2')?.body).toEqual({ id: 'F2', status: 'open', note: 'x' });
    expect(changes.find((c) => c.id === 'F')?.deviceId).toBe(east.id?.deviceId);
    // The whole batch again: nothing new, the same resend kept aside once, the same final state.
    // (F is replayed n1 then n2 by the device that wrote it last: no loss, it ends as stored.)
    const again = await pushAs(east, batch);
    expect(again.accepted).toBe(0);
    expect(again.conflicts).toEqual([{ kind: 'resolution', id: 'R1', rule: 'immutable' }]);
    const kept = await db.query('SELECT 1 FROM conflicts WHERE record_id = $1', ['R1']);
    expect(kept.rows).toHaveLength(1);
    const now = await pull(first.revision);
    expect(now.find((c) => c.id === 'F')?.body).toEqual({ ...flag, note: 'n2' });
    expect(now.filter((c) => c.kind === 'passage').map((c) => c.id)).toEqual([p4?.id, p5?.id]);
  });

  it('chain breaks within a batch are found against the batch and what is stored, once', async () => {
    const head = passages('tab-k', 3);
    await pushAs(west, head.records);
    const [, p2, p3] = head.records as [PushedRecord, PushedRecord, PushedRecord];
    // A second passage at place 3 (another id, its own link valid), before p3's successor p4.
    const fork3 = relinked(p3, { id: 'tab-k-f3', gateId: 'east' });
    expect(linkOf(fork3).prev).toBe(linkOf(p2).hash);
    const [p4] = passages('tab-k', 1, head.tail).records as [PushedRecord];
    const bad = passages('tab-k', 3, { seq: 4, hash: 'e'.repeat(64) }).records as PushedRecord[];
    const [p5bad, p6, p7] = bad as [PushedRecord, PushedRecord, PushedRecord];
    // p7's own hash no longer holds; p8 follows the link p7 claims.
    const p7altered = { ...p7, body: { ...p7.body, verdict: 'deny' } };
    const [p8] = passages('tab-k', 1, { seq: 7, hash: linkOf(p7).hash }).records as [PushedRecord];
    const { chain: _, ...unchained } = (passages('tab-n', 1).records[0] as PushedRecord).body;
    const missing: PushedRecord = { kind: 'passage', id: 'tab-n-p000001', body: unchained };
    const [orphan] = passages('tab-o', 1, { seq: 9, hash: 'a'.repeat(64) }).records as [PushedRecord];
    const batch = [p3, fork3, p4, p5bad, p6, p7altered, p8, missing, orphan];
    const r = await pushAs(west, batch);
    expect(r).toMatchObject({ accepted: 8, duplicates: 1 });
    // Each passage's own link first, then each link against its predecessor, in the batch's order.
    expect(r.chainBreaks).toEqual([
      { id: p7.id, problem: 'hash' },
      { id: missing.id, problem: 'missing' },
      { id: p5bad.id, problem: 'prev' },
    ]);
    const ids = batch.map((b) => b.id);
    expect(await breaksOf(ids)).toEqual([
      { id: p5bad.id, device: 'tab-k', seq: 5, problem: 'prev' },
      { id: p7.id, device: 'tab-k', seq: 7, problem: 'hash' },
      { id: missing.id, device: 'tab-n', seq: null, problem: 'missing' },
    ]);
    // The batch again: no passage is new, so none is judged again.
    expect(await pushAs(west, batch)).toMatchObject({ accepted: 0, duplicates: 9, chainBreaks: [] });
    expect(await breaksOf(ids)).toHaveLength(3);
  });

  it('the lookups of a push read only the rows they look for, however many the estate holds', async () => {
    let tail = passages('tab-big', 0).tail;
    for (let i = 0; i < 4; i++) {
      const part = passages('tab-big', 500, tail);
      await pushAs(west, part.records);
      tail = part.tail;
    }
    // No ANALYZE: PGlite never runs one, and a busy PostgreSQL table's statistics lag.
    const estate = west.id?.estateId;
    const plan = async (sql: string, params: unknown[]) => {
      const r = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
        params,
      );
      const json = r.rows[0]?.['QUERY PLAN'];
      return (typeof json === 'string' ? JSON.parse(json) : json)[0].Plan as PlanNode;
    };
    const predecessor = await plan(PREDECESSORS_SQL, [estate, ['tab-big'], ['1500']]);
    expect(predecessor['Actual Rows']).toBe(1);
    expect(rowsRead(predecessor)).toBeLessThanOrEqual(2);
    const ids = ['tab-big-p000007', 'tab-big-p001999'];
    const stored = await plan(STORED_SQL, [estate, ['passage', 'passage'], ids]);
    expect(stored['Actual Rows']).toBe(2);
    expect(rowsRead(stored)).toBeLessThanOrEqual(4);
  });
});
