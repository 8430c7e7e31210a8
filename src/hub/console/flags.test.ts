/** The console's flag list across gates (GET /api/flags), on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedRecord } from '../../wire/kinds.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolDevice, enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';

const DAY = 86_400_000;
const day1 = Date.UTC(2026, 11, 5);
const day2 = day1 + DAY;

interface ListedFlag {
  id: string;
  at: number;
  resolved: boolean;
  body: Record<string, unknown>;
  resolution: Record<string, unknown> | null;
}

/** Flag `n` as a gate tablet makes it (src/db/types.ts Flag). */
const flag = (n: number, at: number, gateId: string, resolved = false): PushedRecord => ({
  kind: 'flag',
  id: `flag-${String(n).padStart(3, '0')}`,
  body: {
    id: `flag-${String(n).padStart(3, '0')}`,
    at,
    kind: n % 2 === 0 ? 'fever' : 'mask-none',
    passageId: `p-${n}`,
    gateId,
    status: resolved ? 'resolved' : 'open',
    resolution: resolved ? 'remeasured-normal' : null,
    note: null,
    openedBy: '张志愿',
    resolvedBy: resolved ? '张志愿' : null,
    resolvedAt: resolved ? at + 60_000 : null,
  },
});

describe.each(testDatabases())('the flag list on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const now = day2 + DAY;
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let office: TestDevice;
  let gate: TestDevice;
  let otherManager: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => now, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    otherManager = await setUpEstate(hub, codes, '和平苑');
    gate = await enrolGate(hub.app, manager, '西门', now);
    office = await enrolDevice(hub.app, manager, { role: 'office' }, now);
    const otherGate = await enrolGate(hub.app, otherManager, '南门', now);
    // 40 flags over two days at two gates, one every half hour from 08:00: every 5th resolved on
    // the flag itself, every 7th by a resolution record (the way a manager's device closes it).
    const flags = Array.from({ length: 40 }, (_, i) =>
      flag(
        i + 1,
        (i < 20 ? day1 : day2) + 8 * 3_600_000 + (i % 20) * 1_800_000,
        i % 2 ? 'east' : 'west',
        (i + 1) % 5 === 0,
      ),
    );
    const resolutions: PushedRecord[] = flags
      .filter((_, i) => (i + 1) % 7 === 0)
      .map((f) => ({
        kind: 'resolution',
        id: `res-${f.id}`,
        body: { flagId: f.id, resolution: 'false-alarm' },
      }));
    const r = await signedInject(
      hub.app,
      gate,
      'POST',
      '/api/push',
      { records: [...flags, ...resolutions] },
      now,
    );
    expect(r.json().accepted, r.body).toBe(45);
    // The other estate's flags carry the same ids: never listed here.
    const theirs = await signedInject(
      hub.app,
      otherGate,
      'POST',
      '/api/push',
      { records: flags.slice(0, 5) },
      now,
    );
    expect(theirs.json().accepted).toBe(5);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const get = (d: TestDevice, url: string) => signedInject(hub.app, d, 'GET', url, undefined, now);
  const resolvedSeq = (n: number) => n % 5 === 0 || n % 7 === 0;

  /** Every page of `url`, followed by `next`. */
  async function allPages(d: TestDevice, url: string): Promise<ListedFlag[]> {
    const seen: ListedFlag[] = [];
    let next: string | null = null;
    do {
      const r = await get(d, next ? `${url}&before=${encodeURIComponent(next)}` : url);
      expect(r.statusCode, r.body).toBe(200);
      seen.push(...r.json().flags);
      next = r.json().next;
    } while (next);
    return seen;
  }

  it('lists open flags first, then resolved ones, each newest first, paged by key without loss', async () => {
    const seen = await allPages(office, '/api/flags?state=all&limit=3');
    expect(seen.length).toBe(40);
    expect(new Set(seen.map((f) => f.id)).size).toBe(40);
    const firstResolved = seen.findIndex((f) => f.resolved);
    expect(seen.slice(firstResolved).every((f) => f.resolved)).toBe(true);
    const open = seen.slice(0, firstResolved);
    expect(open.length).toBe(
      Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => !resolvedSeq(n)).length,
    );
    for (const part of [open, seen.slice(firstResolved)]) {
      const ats = part.map((f) => f.at);
      expect(ats).toEqual([...ats].sort((a, b) => b - a));
    }
    // A flag closed by a resolution record comes with it; one closed on itself has none.
    expect(seen.find((f) => f.id === 'flag-007')).toMatchObject({
      resolved: true,
      resolution: { flagId: 'flag-007', resolution: 'false-alarm' },
    });
    expect(seen.find((f) => f.id === 'flag-005')).toMatchObject({ resolved: true, resolution: null });
  });

  it('filters by state, gate and time', async () => {
    const open = await allPages(
      manager,
      `/api/flags?state=open&gate=west&from=${day2}&to=${day2 + DAY}&limit=4`,
    );
    // Day 2 is flags 21..40; west is the odd ones (i even).
    const expected = Array.from({ length: 20 }, (_, i) => i + 21).filter(
      (n) => n % 2 === 1 && !resolvedSeq(n),
    );
    expect(open.map((f) => f.id).sort()).toEqual(expected.map((n) => `flag-${String(n).padStart(3, '0')}`));
    for (const f of open) expect(f.body).toMatchObject({ gateId: 'west', status: 'open' });
    const resolved = await allPages(manager, '/api/flags?state=resolved&limit=200');
    expect(resolved.length).toBe(Array.from({ length: 40 }, (_, i) => i + 1).filter(resolvedSeq).length);
    expect(resolved.every((f) => f.resolved)).toBe(true);
  });

  it('a flag resolved after it was listed open moves to the resolved part', async () => {
    const before = await get(manager, '/api/flags?state=open&limit=200');
    expect(before.json().flags.some((f: ListedFlag) => f.id === 'flag-001')).toBe(true);
    const res = {
      kind: 'resolution',
      id: 'res-late-1',
      body: { flagId: 'flag-001', resolution: 'mask-fixed' },
    };
    expect(
      (await signedInject(hub.app, gate, 'POST', '/api/push', { records: [res] }, now)).json().accepted,
    ).toBe(1);
    const open = await get(manager, '/api/flags?state=open&limit=200');
    expect(open.json().flags.some((f: ListedFlag) => f.id === 'flag-001')).toBe(false);
  });

  it('another estate sees only its own flags, and a gate device may not read the list', async () => {
    const theirs = await allPages(otherManager, '/api/flags?limit=200');
    expect(theirs.map((f) => f.id).sort()).toEqual([
      'flag-001',
      'flag-002',
      'flag-003',
      'flag-004',
      'flag-005',
    ]);
    const refused = await get(gate, '/api/flags');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('role-not-allowed');
  });
});
