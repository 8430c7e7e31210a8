/**
 * Push and pull on both databases: idempotent resends, differing resends kept aside, one batch
 * one transaction, revisions in commit order with no committed change skipped by a cursor, the
 * chain checked, and nothing of one estate seen by another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedRecord } from '../../wire/kinds.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { passages, START } from '../test/passages.ts';
import type { PulledChange } from '../test/stored.ts';

type Change = PulledChange;

describe.each(testDatabases())('push and pull on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const clock = Date.UTC(2026, 11, 6, 8, 0, 0);
  const { codes, onSetupCode } = setupCodes();
  let managerA: TestDevice;
  let west: TestDevice;
  let east: TestDevice;
  let gateB: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => clock, onSetupCode });
    managerA = await setUpEstate(hub, codes, '幸福里小区');
    const managerB = await setUpEstate(hub, codes, '和平苑');
    west = await enrolGate(hub.app, managerA, '西门', clock);
    east = await enrolGate(hub.app, managerA, '东门', clock);
    gateB = await enrolGate(hub.app, managerB, '东门', clock);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const pushAs = (d: TestDevice, records: PushedRecord[]) =>
    signedInject(hub.app, d, 'POST', '/api/push', { records }, clock);
  /** Every change after `since`, page by page, checking that the cursor only moves forward. */
  async function pullAll(d: TestDevice, since = 0, limit = 100): Promise<Change[]> {
    const all: Change[] = [];
    let cursor = since;
    for (;;) {
      const r = await signedInject(
        hub.app,
        d,
        'GET',
        `/api/pull?since=${cursor}&limit=${limit}`,
        undefined,
        clock,
      );
      expect(r.statusCode, r.body).toBe(200);
      const page = r.json();
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      all.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return all;
    }
  }

  it('a resend after a lost acknowledgement duplicates nothing', async () => {
    const { records } = passages('tab-west', 30);
    const first = await pushAs(west, records);
    expect(first.json()).toMatchObject({
      ok: true,
      accepted: 30,
      duplicates: 0,
      conflicts: [],
      chainBreaks: [],
    });
    const again = await pushAs(west, records);
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 30, conflicts: [] });
    expect(again.json().revision).toBe(first.json().revision);
    const pulled = await pullAll(east);
    expect(pulled.filter((c) => c.kind === 'passage').map((c) => c.id)).toEqual(records.map((r) => r.id));
    expect(pulled[0]?.deviceId).toBe(west.id?.deviceId);
  });

  // Immutable kinds (a resolution here; mutable ones merge by field: conflict-rules.test.ts).
  it('a resend whose content differs is kept aside and flagged, never over the stored record', async () => {
    const flag: PushedRecord = {
      kind: 'resolution',
      id: 'res-1',
      body: { flagId: 'f-1', resolution: 'mask-fixed' },
    };
    expect((await pushAs(west, [flag])).json().accepted).toBe(1);
    const altered = { ...flag, body: { flagId: 'f-1', resolution: 'false-alarm' } };
    for (let i = 0; i < 2; i++) {
      const r = await pushAs(east, [altered]);
      expect(r.json()).toMatchObject({
        accepted: 0,
        duplicates: 0,
        conflicts: [{ kind: 'resolution', id: 'res-1' }],
      });
    }
    const stored = (await pullAll(east)).find((c) => c.id === 'res-1');
    expect(stored?.body).toEqual(flag.body);
    const kept = await signedInject(hub.app, managerA, 'GET', '/api/conflicts', undefined, clock);
    expect(kept.json().conflicts).toEqual([
      expect.objectContaining({
        kind: 'resolution',
        id: 'res-1',
        deviceId: east.id?.deviceId,
        body: altered.body,
      }),
    ]);
    // The same content with its keys in another order is the same record, not a conflict.
    const reordered = await pushAs(west, [{ ...flag, body: { resolution: 'mask-fixed', flagId: 'f-1' } }]);
    expect(reordered.json()).toMatchObject({ duplicates: 1, conflicts: [] });
  });

  it('a batch is one transaction: a record the database refuses leaves the whole batch out', async () => {
    const before = await pullAll(east);
    const good: PushedRecord = { kind: 'registration', id: 'reg-ok', body: { name: '李*' } };
    // PostgreSQL's jsonb refuses U+0000 in a string: the second record fails inside the transaction.
    const bad: PushedRecord = { kind: 'registration', id: 'reg-bad', body: { name: 'a\u0000b' } };
    const r = await pushAs(west, [good, bad]);
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ ok: false, error: 'internal' }); // no SQL detail to the caller
    expect(await pullAll(east)).toEqual(before);
  });

  it('more than 500 records in one push are refused by the schema', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ kind: 'flag', id: `f${i}`, body: {} }));
    const r = await pushAs(west, many as PushedRecord[]);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ ok: false, error: 'invalid-request' });
  });

  it('concurrent pushes from two gates: revisions strictly increase and pulling while they commit skips nothing', async () => {
    const start = (await pullAll(east)).at(-1)?.revision ?? 0;
    let tailA = START;
    let tailB = START;
    const batches: PushedRecord[][] = [];
    for (let i = 0; i < 10; i++) {
      const a = passages('tab-a', 20, tailA);
      const b = passages('tab-b', 20, tailB);
      tailA = a.tail;
      tailB = b.tail;
      batches.push(a.records, b.records);
    }
    const seen: Change[] = [];
    let cursor = start;
    let pushing = true;
    const puller = (async () => {
      while (pushing) {
        const r = await signedInject(hub.app, managerA, 'GET', `/api/pull?since=${cursor}`, undefined, clock);
        const page = r.json();
        expect(page.cursor).toBeGreaterThanOrEqual(cursor);
        seen.push(...page.changes);
        cursor = page.cursor;
      }
    })();
    // Each gate pushes its own batches in order; the two gates race each other.
    const gate = async (d: TestDevice, mine: PushedRecord[][]) => {
      for (const b of mine) expect((await pushAs(d, b)).json().accepted).toBe(20);
    };
    await Promise.all([
      gate(
        west,
        batches.filter((_, i) => i % 2 === 0),
      ),
      gate(
        east,
        batches.filter((_, i) => i % 2 === 1),
      ),
    ]);
    pushing = false;
    await puller;
    seen.push(...(await pullAll(managerA, cursor)));
    const revisions = seen.map((c) => c.revision);
    expect(revisions).toEqual([...revisions].sort((x, y) => x - y));
    expect(new Set(revisions).size).toBe(revisions.length);
    expect(seen.map((c) => c.id).sort()).toEqual(
      batches
        .flat()
        .map((r) => r.id)
        .sort(),
    );
    // Each tablet's passages come back in its own order.
    const order = (tablet: string) => seen.filter((c) => c.body.deviceId === tablet).map((c) => c.id);
    expect(order('tab-a')).toEqual(
      batches
        .filter((_, i) => i % 2 === 0)
        .flat()
        .map((r) => r.id),
    );
  });

  it('the chain of each tablet is checked: an altered passage and a re-linked one are flagged, and still stored', async () => {
    const first = passages('tab-c', 3);
    expect((await pushAs(west, first.records)).json().chainBreaks).toEqual([]);
    const next = passages('tab-c', 2, first.tail);
    const [n1, n2] = next.records as [PushedRecord, PushedRecord];
    const altered = { ...n1, body: { ...n1.body, verdict: 'deny' } };
    const skipped = passages('tab-c', 1, { seq: 5, hash: 'f'.repeat(64) }).records[0] as PushedRecord;
    const r = await pushAs(west, [altered, n2, skipped]);
    expect(r.json().accepted).toBe(3);
    expect(r.json().chainBreaks).toEqual(
      expect.arrayContaining([
        { id: altered.id, problem: 'hash' },
        { id: skipped.id, problem: 'prev' },
      ]),
    );
    const ids = (await pullAll(east)).map((c) => c.id);
    expect(ids).toContain(altered.id);
  });

  it('a pull may take only some kinds (what a gate needs)', async () => {
    const r = await signedInject(
      hub.app,
      east,
      'GET',
      '/api/pull?since=0&kinds=resolution,registration',
      undefined,
      clock,
    );
    const kinds = new Set(r.json().changes.map((c: Change) => c.kind));
    expect([...kinds]).toEqual(['resolution']);
    const bad = await signedInject(hub.app, east, 'GET', '/api/pull?kinds=passwords', undefined, clock);
    expect(bad.statusCode).toBe(400);
  });

  it('a pull of some kinds moves the cursor past the records it skipped, so they are not read again', async () => {
    const pull = async (since: number) =>
      (
        await signedInject(
          hub.app,
          east,
          'GET',
          `/api/pull?since=${since}&kinds=registration`,
          undefined,
          clock,
        )
      ).json();
    const start = (await pull(0)).cursor;
    // A busy gate's passages arrive and nothing the gate pulls: the cursor still reaches the newest.
    const pushed = await pushAs(west, passages('tab-skip', 30).records);
    const after = await pull(start);
    expect(after.changes).toEqual([]);
    expect(after.more).toBe(false);
    expect(after.cursor).toBe(pushed.json().revision);
    // With a page limit the cursor stops at the page's last change (nothing past it is skipped).
    const paged = (
      await signedInject(
        hub.app,
        east,
        'GET',
        `/api/pull?since=${start}&limit=5&kinds=passage`,
        undefined,
        clock,
      )
    ).json();
    expect(paged.changes).toHaveLength(5);
    expect(paged.more).toBe(true);
    expect(paged.cursor).toBe(paged.changes.at(-1).revision);
  });

  it('another estate pulls none of these records and its pushes stay its own', async () => {
    const theirs = await pullAll(gateB);
    expect(theirs).toEqual([]);
    const r = await pushAs(gateB, [{ kind: 'flag', id: 'b-1', body: { estateId: managerA.id?.estateId } }]);
    expect(r.json().accepted).toBe(1);
    expect((await pullAll(gateB)).map((c) => c.id)).toEqual(['b-1']);
    expect((await pullAll(east)).map((c) => c.id)).not.toContain('b-1');
  });
});
