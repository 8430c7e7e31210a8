/** The console's log and dashboard across gates, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { passages } from '../test/passages.ts';

const DAY = 86_400_000;
const day1 = Date.UTC(2026, 11, 5);
const day2 = day1 + DAY;
const VERDICTS = ['pass', 'review', 'deny'] as const;

describe.each(testDatabases())('console queries on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const now = day2 + DAY;
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let gate: TestDevice;
  let otherManager: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => now, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    otherManager = await setUpEstate(hub, codes, '和平苑');
    gate = await enrolGate(hub.app, manager, '西门', now);
    // 120 passages over two days, two gates, three verdicts; one passage a minute from 08:00.
    const { records } = passages('tab-1', 120, undefined, day1, (seq) => ({
      at: (seq <= 60 ? day1 : day2) + 8 * 3_600_000 + (seq % 60) * 60_000,
      gateId: seq % 2 === 0 ? 'west' : 'east',
      verdict: VERDICTS[seq % 3],
    }));
    const r = await signedInject(hub.app, gate, 'POST', '/api/push', { records }, now);
    expect(r.json().accepted).toBe(120);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const get = (d: TestDevice, url: string) => signedInject(hub.app, d, 'GET', url, undefined, now);

  it('the log filters by day, verdict and gate, newest first, and pages by key without loss', async () => {
    const url = `/api/log?from=${day2}&to=${day2 + DAY}&verdict=deny&gate=west&limit=3`;
    const seen: { at: number; id: string; body: Record<string, unknown> }[] = [];
    let next: string | null = null;
    do {
      const r = await get(manager, next ? `${url}&before=${next}` : url);
      expect(r.statusCode, r.body).toBe(200);
      seen.push(...r.json().passages);
      next = r.json().next;
    } while (next);
    // seq 61..120 are day 2; west = even seq; deny = seq % 3 === 2.
    const expected = Array.from({ length: 60 }, (_, i) => i + 61).filter((s) => s % 2 === 0 && s % 3 === 2);
    expect(seen.length).toBe(expected.length);
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
    for (const p of seen) expect(p.body).toMatchObject({ verdict: 'deny', gateId: 'west' });
    const ats = seen.map((p) => p.at);
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
    expect(Math.min(...ats)).toBeGreaterThanOrEqual(day2);
  });

  it('the dashboard counts per verdict and per gate in SQL', async () => {
    const r = await get(manager, `/api/dashboard?from=${day1}&to=${day1 + DAY}`);
    expect(r.json()).toMatchObject({
      verdicts: { pass: 20, review: 20, deny: 20 },
      gates: { west: 30, east: 30 },
      records: { passage: 120 },
    });
    // Each gate's verdicts: they add up to the gate's count, and over the gates to each verdict's.
    const { byGate, gates, verdicts } = r.json() as {
      byGate: Record<string, Record<string, number>>;
      gates: Record<string, number>;
      verdicts: Record<string, number>;
    };
    expect(Object.keys(byGate).sort()).toEqual(['east', 'west']);
    for (const [gate, counts] of Object.entries(byGate))
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(gates[gate]);
    for (const v of ['pass', 'review', 'deny'])
      expect(Object.values(byGate).reduce((a, c) => a + (c[v] ?? 0), 0)).toBe(verdicts[v]);
  });

  it('a gate device cannot read the console, and another estate sees none of it', async () => {
    expect((await get(gate, `/api/log`)).json().error).toBe('role-not-allowed');
    const theirs = await get(otherManager, `/api/log?limit=200`);
    expect(theirs.json().passages).toEqual([]);
    const counts = await get(otherManager, `/api/dashboard?from=0&to=${now}`);
    expect(counts.json()).toMatchObject({ verdicts: {}, gates: {}, records: {} });
  });

  it('a passage without a usable time is refused before anything of its batch is written', async () => {
    const { records } = passages('tab-2', 2);
    const broken = { ...records[1], body: { ...records[1]?.body, at: 'yesterday' } };
    const r = await signedInject(hub.app, gate, 'POST', '/api/push', { records: [records[0], broken] }, now);
    expect(r.json()).toMatchObject({ ok: false, error: 'bad-passage', field: 'at' });
    const log = await get(manager, `/api/log?limit=200`);
    expect(log.json().passages.some((p: { id: string }) => p.id.startsWith('tab-2'))).toBe(false);
  });
});
