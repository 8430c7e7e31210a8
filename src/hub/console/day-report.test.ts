/** The daily report across gates (GET /api/day-report), on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedRecord } from '../../wire/kinds.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolDevice, enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { type Check, passages } from '../test/passages.ts';

const DAY = 86_400_000;
const day1 = Date.UTC(2026, 11, 5);
const day2 = day1 + DAY;
const H8 = 8 * 3_600_000;

const check = (volunteer: string, temperaturesC = [36.5]): Check => ({
  temperaturesC,
  mask: 'ok',
  colour: 'green',
  colourSource: 'verified',
  signature: 'valid',
  validity: 'valid',
  personKind: 'resident',
  volunteer,
  policyVersion: 1,
});

/** A flag as a gate tablet makes it (src/db/types.ts Flag). */
const flag = (id: string, at: number, kind: string, gateId: string, passageId: string): PushedRecord => ({
  kind: 'flag',
  id,
  body: {
    id,
    at,
    kind,
    passageId,
    gateId,
    status: 'open',
    resolution: null,
    note: null,
    openedBy: '张三',
    resolvedBy: null,
    resolvedAt: null,
  },
});

const ledger = (id: string, status: string, flagId: string): PushedRecord => ({
  kind: 'ledger-entry',
  id,
  body: {
    id,
    at: day1 + H8,
    personId: `person-${id}`,
    name: '赵六',
    phone: '13800000000',
    from: '上海',
    arrivedOn: '2026-12-04',
    transport: '火车',
    home: null,
    itinerary: [],
    status,
    flagId,
    updatedAt: day1 + H8,
  },
});

describe.each(testDatabases())('the daily report across gates on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const now = day2 + DAY;
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let office: TestDevice;
  let west: TestDevice;
  let otherManager: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => now, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    otherManager = await setUpEstate(hub, codes, '和平苑');
    west = await enrolGate(hub.app, manager, '西门', now);
    const east = await enrolGate(hub.app, manager, '东门', now);
    office = await enrolDevice(hub.app, manager, { role: 'office' }, now);
    const otherGate = await enrolGate(hub.app, otherManager, '南门', now);

    // West: a pass, a fever, a deny withdrawn at the gate (counts nowhere), a pass the next day.
    const w = passages('tab-w', 4, undefined, day1, (seq) => ({
      gateId: '西门',
      at: (seq === 4 ? day2 : day1) + H8 + seq * 60_000,
      verdict: (['pass', 'review', 'deny', 'pass'] as const)[seq - 1],
      reasons: seq === 2 ? ['fever'] : seq === 3 ? ['mask-none'] : [],
      check: check('张三', seq === 2 ? [38.2, 38.4] : [36.5]),
      who: seq === 2 ? { name: '李*', place: '1-2-301' } : null,
      ...(seq === 3 ? { undone: { at: day1 + H8 + 200_000, by: '张三' } } : {}),
    }));
    // East: a card denied, and a scan recorded without a check.
    const e = passages('tab-e', 2, undefined, day1, (seq) => ({
      gateId: '东门',
      at: day1 + H8 + 30_000 + seq * 60_000,
      verdict: seq === 1 ? 'deny' : 'recorded',
      reasons: seq === 1 ? ['pass-invalid'] : [],
      ...(seq === 1 ? { check: check('王五') } : {}),
    }));
    const [wFever, wUndone] = [w.records[1]?.id ?? '', w.records[2]?.id ?? ''];
    const eDeny = e.records[0]?.id ?? '';
    const westFlags = [
      flag('flag-w-fever', day1 + H8 + 120_000, 'fever', '西门', wFever),
      flag('flag-w-undone', day1 + H8 + 180_000, 'mask-none', '西门', wUndone),
      flag('flag-w-next-day', day2 + H8, 'fever', '西门', 'nowhere'),
    ];
    const eastFlags = [
      flag('flag-e-deny', day1 + H8 + 90_000, 'pass-invalid', '东门', eDeny),
      flag('flag-e-returnee', day1 + H8 + 95_000, 'returnee-report', '东门', ''),
    ];
    const push = async (d: TestDevice, records: PushedRecord[]) => {
      const r = await signedInject(hub.app, d, 'POST', '/api/push', { records }, now);
      expect(r.statusCode, r.body).toBe(200);
      return r.json();
    };
    await push(west, [...w.records, ...westFlags]);
    await push(east, [
      ...e.records,
      ...eastFlags,
      ledger('l-pending', 'pending', 'flag-e-returnee'),
      ledger('l-reported', 'reported', 'none'),
    ]);
    // The office resolves the east gate's flag first; the gate's later resolution is kept aside.
    const res = (id: string, by: string, resolution: string): PushedRecord => ({
      kind: 'resolution',
      id,
      body: { id, flagId: 'flag-e-deny', resolution, note: null, resolvedBy: by, resolvedAt: now },
    });
    await push(office, [res('res-office', '王主任', 'denied-entry')]);
    expect((await push(east, [res('res-gate', '王五', 'false-alarm')])).conflicts).toHaveLength(1);
    // The other estate holds records of the same ids at a gate of the same name: never counted here.
    const theirs = passages('tab-w', 3, undefined, day1, () => ({ gateId: '西门', at: day1 + H8 }));
    await push(otherGate, [...theirs.records, ...westFlags, ledger('l-pending', 'pending', 'x')]);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const get = (d: TestDevice, url: string) => signedInject(hub.app, d, 'GET', url, undefined, now);
  const report = async (d: TestDevice, query: string) => {
    const r = await get(d, `/api/day-report?from=${day1}&to=${day1 + DAY}${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it("computes the day's report of every gate as the tablet does, each row with its gate", async () => {
    const r = await report(office, '');
    expect(r.gates).toEqual(['东门', '西门']);
    expect(r.counts).toEqual({ pass: 1, review: 1, deny: 1, recorded: 1 });
    expect(r.byGate).toEqual({
      西门: { pass: 1, review: 1, deny: 0, recorded: 0 },
      东门: { pass: 0, review: 0, deny: 1, recorded: 1 },
    });
    expect(r.fevers).toEqual([
      expect.objectContaining({
        gateId: '西门',
        who: { name: '李*', place: '1-2-301' },
        temperaturesC: [38.2, 38.4],
      }),
    ]);
    // The withdrawn check's flag and the next day's are left out; oldest first.
    expect(r.flags.map((f: { id: string }) => f.id)).toEqual([
      'flag-e-deny',
      'flag-e-returnee',
      'flag-w-fever',
    ]);
    const [deny, returnee, fever] = r.flags;
    expect(deny).toMatchObject({
      gateId: '东门',
      resolved: true,
      resolution: 'denied-entry',
      resolvedBy: '王主任',
    });
    expect(returnee).toMatchObject({ resolved: false, ledger: { id: 'l-pending', name: '赵六' } });
    expect(fever).toMatchObject({ gateId: '西门', resolved: false, temperaturesC: [38.2, 38.4] });
    expect(fever.who).toEqual({ name: '李*', place: '1-2-301' });
    expect(r.returneesToReport).toEqual([expect.objectContaining({ id: 'l-pending', gateId: '东门' })]);
    expect(r.roster).toEqual([
      { gateId: '西门', volunteer: '张三', checks: 2, first: day1 + H8 + 60_000, last: day1 + H8 + 120_000 },
      { gateId: '东门', volunteer: '王五', checks: 1, first: day1 + H8 + 90_000, last: day1 + H8 + 90_000 },
      { gateId: '东门', volunteer: '—', checks: 1, first: day1 + H8 + 150_000, last: day1 + H8 + 150_000 },
    ]);
  });

  it('one gate chosen shows only its own rows', async () => {
    const east = await report(manager, `&gate=${encodeURIComponent('东门')}`);
    expect(east.counts).toEqual({ pass: 0, review: 0, deny: 1, recorded: 1 });
    expect(east.fevers).toEqual([]);
    expect(east.flags.map((f: { id: string }) => f.id)).toEqual(['flag-e-deny', 'flag-e-returnee']);
    expect(east.returneesToReport.map((e: { id: string }) => e.id)).toEqual(['l-pending']);
    expect(east.roster.map((x: { volunteer: string }) => x.volunteer)).toEqual(['王五', '—']);
    const westOnly = await report(manager, `&gate=${encodeURIComponent('西门')}`);
    expect(westOnly.counts).toEqual({ pass: 1, review: 1, deny: 0, recorded: 0 });
    expect(westOnly.flags.map((f: { id: string }) => f.id)).toEqual(['flag-w-fever']);
    expect(westOnly.returneesToReport).toEqual([]);
  });

  it('another estate sees only its own; a gate device may not read the report', async () => {
    const theirs = await report(otherManager, '');
    expect(theirs.gates).toEqual(['南门', '西门']);
    expect(theirs.counts).toEqual({ pass: 3, review: 0, deny: 0, recorded: 0 });
    expect(theirs.flags.map((f: { id: string }) => f.id)).toEqual(['flag-w-fever', 'flag-w-undone']);
    expect(theirs.flags[0]).toMatchObject({ who: null, temperaturesC: [] });
    expect(
      theirs.returneesToReport.map((e: { id: string; gateId: string | null }) => [e.id, e.gateId]),
    ).toEqual([['l-pending', null]]);
    const refused = await get(west, `/api/day-report?from=${day1}&to=${day1 + DAY}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('role-not-allowed');
    expect((await get(office, '/api/day-report')).statusCode).toBe(400);
  });
});
