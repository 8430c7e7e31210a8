/** Retention on the hub (retention.ts), on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from './db/types.ts';
import { runRetention } from './retention.ts';
import { buildServer, type Hub } from './server.ts';
import { testDatabases } from './test/databases.ts';
import { signedInject, type TestDevice } from './test/device.ts';
import { enrolGate, setUpEstate, setupCodes } from './test/estate.ts';
import { passages, type Tail } from './test/passages.ts';
import { chainProblems, storedRecords } from './test/stored.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2027, 0, 20, 12);
const VERDICTS = ['pass', 'review', 'deny'] as const;

/** A passage's personal fields as stored. */
interface Personal {
  id: string;
  personId: string | null;
  codeHash: string | null;
  who: unknown;
}

describe.each(testDatabases())('retention on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  let clock = NOW;
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let gate: TestDevice;
  let otherManager: TestDevice;
  let tail: Tail;
  let oldRecords: unknown[];

  const push = async (device: TestDevice, records: unknown[]) => {
    const r = await signedInject(hub.app, device, 'POST', '/api/push', { records }, clock);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const personal = async (estateId: string | undefined) =>
    (
      await db.query<Personal>(
        `SELECT record_id AS id, body ->> 'personId' AS "personId", body ->> 'codeHash' AS "codeHash", body -> 'who' AS who
           FROM records WHERE estate_id = $1 AND kind = 'passage' ORDER BY record_id`,
        [estateId],
      )
    ).rows;
  const dashboard = async () =>
    (
      await signedInject(
        hub.app,
        manager,
        'GET',
        `/api/dashboard?from=0&to=${NOW + 400 * DAY}`,
        undefined,
        clock,
      )
    ).json();

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => clock, onSetupCode });
    clock = NOW - 50 * DAY;
    manager = await setUpEstate(hub, codes, '幸福里小区');
    otherManager = await setUpEstate(hub, codes, '和平苑');
    gate = await enrolGate(hub.app, manager, '西门', clock);
    const otherGate = await enrolGate(hub.app, otherManager, '南门', clock);
    // Received 40 days ago: 10 checks of that day, and one stamped a year ahead (a clock set ahead).
    clock = NOW - 40 * DAY;
    const old = passages('tab-1', 11, undefined, clock, (seq) => ({
      at: seq === 11 ? NOW + 365 * DAY : clock + seq * 60_000,
      verdict: VERDICTS[seq % 3],
      codeHash: `hash-${seq}`,
      who: { name: '王*明', place: '3-2-1201' },
    }));
    await push(gate, old.records);
    oldRecords = old.records;
    // A resend of an old check with other content: kept aside, with its personal data.
    const resent = { ...old.records[0], body: { ...old.records[0]?.body, personId: 'person-x' } };
    expect((await push(gate, [resent])).conflicts).toHaveLength(1);
    // The other estate keeps personal data 60 days (its policy): its 40-day-old checks stay whole.
    await push(otherManager, [
      { kind: 'policy-version', id: 'policy-2', body: { version: 2, retentionDays: 60 } },
    ]);
    await push(otherGate, passages('tab-9', 5, undefined, clock).records);
    // Yesterday: 5 checks within retention.
    clock = NOW - DAY;
    const recent = passages('tab-1', 5, old.tail, clock, (seq) => ({
      verdict: VERDICTS[seq % 3],
      codeHash: `hash-${seq}`,
    }));
    await push(gate, recent.records);
    tail = recent.tail;
    clock = NOW;
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  it('blanks the personal fields of passages past the days, keeps the rest and every count', async () => {
    const before = await dashboard();
    const [mine, theirs] = await runRetention(db, NOW).then((r) =>
      [manager, otherManager].map((d) => r.find((x) => x.estateId === d.id?.estateId)),
    );
    // The ten old checks, and the one stamped ahead: a day after the hub received it, its period began.
    expect(mine).toMatchObject({ days: 28, passages: 11, conflicts: 1 });
    expect(theirs).toMatchObject({ days: 60, passages: 0, conflicts: 0 });
    const rows = await personal(manager.id?.estateId);
    const old = rows.filter((r) => Number(r.id.slice(-6)) <= 11);
    const recent = rows.filter((r) => Number(r.id.slice(-6)) > 11);
    expect(old.length).toBe(11);
    for (const r of old) expect(r).toMatchObject({ personId: null, codeHash: null, who: null });
    expect(recent.length).toBe(5);
    for (const r of recent) expect(r.personId).not.toBeNull();
    for (const r of recent) expect(r.codeHash).not.toBeNull();
    for (const r of await personal(otherManager.id?.estateId)) expect(r.personId).not.toBeNull();
    // The resend kept aside is cleared alike.
    const aside = await db.query<{ personId: string | null }>(
      `SELECT body ->> 'personId' AS "personId" FROM conflicts WHERE estate_id = $1`,
      [manager.id?.estateId],
    );
    expect(aside.rows).toEqual([{ personId: null }]);
    // Times, gates, verdicts and counts are as they were.
    expect(await dashboard()).toEqual(before);
    const kept = await db.query<{ body: Record<string, unknown> }>(
      `SELECT body FROM records WHERE estate_id = $1 AND record_id = 'tab-1-p000002'`,
      [manager.id?.estateId],
    );
    expect(kept.rows[0]?.body).toMatchObject({
      verdict: 'deny',
      gateId: 'west',
      at: NOW - 40 * DAY + 120_000,
    });
  });

  it('is audited, and a second run clears nothing and adds no entry', async () => {
    const trail = async () =>
      (
        await db.query<{ actor: string; detail: Record<string, unknown> }>(
          `SELECT actor, detail FROM hub_audit WHERE estate_id = $1 AND action = 'retention'`,
          [manager.id?.estateId],
        )
      ).rows;
    expect(await trail()).toEqual([
      { actor: 'hub', detail: { days: 28, cutoff: NOW - 28 * DAY, passages: 11, conflicts: 1 } },
    ]);
    const again = await runRetention(db, NOW + 60_000);
    expect(again.every((r) => r.passages === 0 && r.conflicts === 0)).toBe(true);
    expect(await trail()).toHaveLength(1);
  });

  it('a late resend of a passage anonymised since is a duplicate, not a conflict kept with its personal data', async () => {
    const r = await push(gate, oldRecords.slice(1, 4));
    expect(r).toMatchObject({ accepted: 0, duplicates: 3, conflicts: [] });
    const aside = await db.query('SELECT 1 FROM conflicts WHERE estate_id = $1', [manager.id?.estateId]);
    expect(aside.rows.length).toBe(1);
  });

  it('every chain still verifies, and a further push links to the anonymised passages', async () => {
    expect(chainProblems(await storedRecords(db))).toEqual([]);
    const next = await push(gate, passages('tab-1', 3, tail, NOW).records);
    expect(next).toMatchObject({ accepted: 3, chainBreaks: [] });
    const first = await push(gate, passages('tab-2', 1, undefined, NOW).records);
    expect(first.chainBreaks).toEqual([]);
    const breaks = await db.query('SELECT * FROM chain_breaks');
    expect(breaks.rows).toEqual([]);
    expect(chainProblems(await storedRecords(db))).toEqual([]);
  });

  it('runs when the server starts, and stops with it', async () => {
    await push(gate, passages('tab-3', 2, undefined, NOW - 30 * DAY).records);
    const started = await buildServer({
      db,
      distDir: '/nonexistent',
      now: () => NOW,
      onSetupCode,
      retentionEveryMs: 3_600_000,
    });
    // Closing waits for the run in progress: afterwards its work is done.
    await started.app.close();
    const rows = await personal(manager.id?.estateId);
    expect(rows.filter((r) => r.id.startsWith('tab-3')).map((r) => r.personId)).toEqual([null, null]);
  });
});
