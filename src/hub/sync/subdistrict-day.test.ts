/**
 * A simulated subdistrict, on both databases: 82 estates, 164 gate devices (two per estate, each
 * its own key, enrolled through the API), all pushing their day of passages at once (scaled down
 * to 20 passages a gate, in batches of 5, to keep the test short; scripts/bench/hub-subdistrict.ts
 * pushes the full 260,000). Afterwards every record is stored once, each estate's revisions run
 * strictly upwards and a pull from 0 returns exactly that estate's records, every chain holds,
 * the subdistrict's reader counts the sum, and an estate's manager only its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { setupCodes } from '../test/estate.ts';
import { chainProblems, type PulledChange, storedRecords } from '../test/stored.ts';
import { gateDay, type SimSubdistrict, simulateSubdistrict } from '../test/subdistrict.ts';

const ESTATES = 82;
const GATES = 2;
const PER_GATE = 20;
const BATCH = 5;
const DAY = Date.UTC(2026, 11, 6);

describe.each(testDatabases())('a subdistrict day on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const now = DAY + 86_400_000;
  const { codes, onSetupCode } = setupCodes();
  let sub: SimSubdistrict;
  /** Each estate's pushed passage ids, by estate id. */
  const pushed = new Map<string, string[]>();

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => now, onSetupCode });
    sub = await simulateSubdistrict(
      hub.app,
      () => codes.at(-1) ?? '',
      { estates: ESTATES, gates: GATES },
      () => now,
    );
    // Every gate at once, each sending its batches in its chain's order, as tablets do.
    const gates = sub.estates.flatMap((estate, e) =>
      estate.gates.map((gate, g) => ({ gate, batches: gateDay(e + 1, g + 1, PER_GATE, DAY, BATCH) })),
    );
    for (const { gate, batches } of gates) {
      const estateId = gate.id?.estateId ?? '';
      pushed.set(estateId, [...(pushed.get(estateId) ?? []), ...batches.flat().map((r) => r.id)]);
    }
    await Promise.all(
      gates.map(async ({ gate, batches }) => {
        for (const records of batches) {
          const r = await signedInject(hub.app, gate, 'POST', '/api/push', { records }, now);
          expect(r.statusCode, r.body).toBe(200);
          expect(r.json()).toMatchObject({ accepted: BATCH, duplicates: 0, chainBreaks: [] });
        }
      }),
    );
  }, 180_000);
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  it('holds every passage once, and every chain holds', async () => {
    const stored = await storedRecords(db);
    expect(stored).toHaveLength(ESTATES * GATES * PER_GATE);
    const keys = await db.query<{ n: number }>(
      'SELECT count(DISTINCT (estate_id, record_id))::int AS n FROM records',
    );
    expect(keys.rows[0]?.n).toBe(ESTATES * GATES * PER_GATE);
    expect(chainProblems(stored)).toEqual([]);
    expect((await db.query('SELECT * FROM chain_breaks')).rows).toEqual([]);
  });

  it("a pull from 0, paged, returns exactly each estate's records, revisions strictly rising", async () => {
    for (const estate of sub.estates) {
      const [gate] = estate.gates as [TestDevice];
      const seen: PulledChange[] = [];
      let cursor = 0;
      for (let more = true; more; ) {
        const r = await signedInject(
          hub.app,
          gate,
          'GET',
          `/api/pull?since=${cursor}&limit=15`,
          undefined,
          now,
        );
        expect(r.statusCode, r.body).toBe(200);
        seen.push(...r.json().changes);
        expect(r.json().cursor).toBeGreaterThanOrEqual(cursor);
        cursor = r.json().cursor;
        more = r.json().more;
      }
      const revisions = seen.map((c) => c.revision);
      expect(revisions).toEqual([...new Set(revisions)].sort((a, b) => a - b));
      expect(seen.map((c) => c.id).sort()).toEqual([...(pushed.get(estate.estateId) ?? [])].sort());
    }
  });

  it("the subdistrict's reader counts the sum of its estates; an estate's manager only its own", async () => {
    const range = `from=${DAY}&to=${DAY + 86_400_000}`;
    const all = (
      await signedInject(hub.app, sub.reader, 'GET', `/api/dashboard?${range}`, undefined, now)
    ).json();
    expect(all.passages).toBe(ESTATES * GATES * PER_GATE);
    expect(all.records).toEqual({ passage: ESTATES * GATES * PER_GATE });
    expect(all.estates).toHaveLength(ESTATES);
    for (const e of all.estates) expect(e.passages).toBe(GATES * PER_GATE);
    const sum = (key: 'pass' | 'review' | 'deny') =>
      all.estates.reduce(
        (n: number, e: { verdicts: Record<string, number> }) => n + (e.verdicts[key] ?? 0),
        0,
      );
    expect(all.verdicts).toEqual({ pass: sum('pass'), review: sum('review'), deny: sum('deny') });

    const one = sub.estates[40];
    if (!one) throw new Error('no estate 41');
    const own = (
      await signedInject(hub.app, one.manager, 'GET', `/api/dashboard?${range}`, undefined, now)
    ).json();
    expect(own).toMatchObject({ passages: GATES * PER_GATE, records: { passage: GATES * PER_GATE } });
    expect(own.estates.map((e: { estateId: string }) => e.estateId)).toEqual([one.estateId]);
    const log = await signedInject(hub.app, one.manager, 'GET', '/api/log?limit=200', undefined, now);
    const ids = log.json().passages.map((p: { estateId: string; id: string }) => `${p.estateId}/${p.id}`);
    expect(ids.sort()).toEqual((pushed.get(one.estateId) ?? []).map((id) => `${one.estateId}/${id}`).sort());
  });
});
