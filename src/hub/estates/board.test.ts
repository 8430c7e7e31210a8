/**
 * The console's device board, on both databases: each device reports its state (`POST
 * /api/status`), the board (`GET /api/devices`, manager and office) shows it with when it was last
 * seen and how many of its passages broke their chain; a gate cannot read the board, and a
 * device of another estate never appears on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolDevice, enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { passages } from '../test/passages.ts';

describe.each(testDatabases())('the device board on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  let clock = Date.UTC(2026, 11, 6, 8, 0, 0);
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let west: TestDevice;
  let east: TestDevice;
  let office: TestDevice;
  let otherGate: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => clock, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    west = await enrolGate(hub.app, manager, '西门', clock);
    east = await enrolGate(hub.app, manager, '东门', clock);
    office = await enrolDevice(hub.app, manager, { role: 'office' }, clock);
    const other = await setUpEstate(hub, codes, '和平苑');
    otherGate = await enrolGate(hub.app, other, '南门', clock);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const call = (d: TestDevice, method: 'GET' | 'POST', url: string, body?: unknown) =>
    signedInject(hub.app, d, method, url, body, clock);
  const report = { waiting: 3, appVersion: '0.1.0', storageBytes: 52_428_800, onDuty: true };

  it('shows what each gate reported, when, and its chain breaks; devices that never reported show no state', async () => {
    expect((await call(west, 'POST', '/api/status', report)).statusCode).toBe(200);
    // The east gate pushes a passage altered after it was chained: one break, stored.
    const [one, two] = passages('east-tablet', 2).records;
    if (!one || !two) throw new Error('no passages');
    const altered = { ...two, body: { ...two.body, verdict: 'deny' } };
    const pushed = await call(east, 'POST', '/api/push', { records: [one, altered] });
    expect(pushed.json().chainBreaks).toEqual([{ id: altered.id, problem: 'hash' }]);
    clock += 60_000;
    expect((await call(otherGate, 'POST', '/api/status', report)).statusCode).toBe(200);

    const board = await call(office, 'GET', '/api/devices');
    expect(board.statusCode).toBe(200);
    const byGate = Object.fromEntries(
      board.json().devices.map((d: { gateName: string | null; role: string }) => [d.gateName ?? d.role, d]),
    );
    expect(Object.keys(byGate).sort()).toEqual(['manager', 'office', '东门', '西门']);
    expect(byGate.西门).toMatchObject({ lastSeenMs: clock - 60_000, status: report, chainBreaks: 0 });
    expect(byGate.东门).toMatchObject({ lastSeenMs: null, status: null, chainBreaks: 1 });
    expect(board.json().nowMs).toBe(clock);
  });

  it('refuses a bad report and a gate reading the board', async () => {
    const bad = await call(west, 'POST', '/api/status', { ...report, waiting: -1 });
    expect(bad.statusCode).toBe(400);
    expect((await call(west, 'GET', '/api/devices')).statusCode).toBe(403);
  });
});
