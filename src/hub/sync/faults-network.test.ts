/**
 * The network failing under a push, on both databases: a TCP proxy between a device and the
 * hub's HTTP port refuses, blackholes, cuts a request halfway and cuts the answer of a push that
 * committed. The device resends each push until it is answered (as a tablet does). Afterwards
 * each change is applied once, nothing is lost, and a device pulling through the same faults
 * sees its cursor only move forward and each passage once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedRecord } from '../../wire/kinds.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import type { TestDevice } from '../test/device.ts';
import { enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { type Fault, type FaultProxy, startFaultProxy } from '../test/fault-proxy.ts';
import { signedHttp, untilAnswered } from '../test/http-device.ts';
import { passages, START } from '../test/passages.ts';
import { chainProblems, storedRecords } from '../test/stored.ts';

const FAULTS: Fault[] = ['refuse', 'blackhole', 'cut-request', 'cut-response'];

describe.each(testDatabases())('pushes through a failing network on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  let proxy: FaultProxy;
  const { codes, onSetupCode } = setupCodes();
  let west: TestDevice;
  let east: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', onSetupCode });
    const manager = await setUpEstate(hub, codes, '幸福里小区');
    west = await enrolGate(hub.app, manager, '西门', Date.now());
    east = await enrolGate(hub.app, manager, '东门', Date.now());
    await hub.app.listen({ port: 0, host: '127.0.0.1' });
    const address = hub.app.server.address();
    proxy = await startFaultProxy(typeof address === 'object' && address ? address.port : 0);
  });
  afterAll(async () => {
    await proxy.close();
    await hub.app.close();
    await db.close();
  });

  it('every fault, on pushes and pulls: each change applied once, none lost, cursors only forward', async () => {
    const sent: PushedRecord[] = [];
    const answers: Record<string, unknown>[] = [];
    const pulled: { id: string; revision: number }[] = [];
    let cursor = 0;
    const tails = { west: START, east: START };
    for (let i = 0; i < 12; i++) {
      const who = i % 2 === 0 ? 'west' : 'east';
      const batch = passages(`tab-${who}`, 25, tails[who]);
      tails[who] = batch.tail;
      const records: PushedRecord[] = [...batch.records];
      // A mutable record too: a ledger entry, then its status moved forward, each through a fault.
      if (i === 4) records.push({ kind: 'ledger-entry', id: 'l-1', body: { id: 'l-1', status: 'pending' } });
      if (i === 7) records.push({ kind: 'ledger-entry', id: 'l-1', body: { id: 'l-1', status: 'reported' } });
      sent.push(...records);
      // Each push meets one fault, or two in a row, before the hub is reached.
      proxy.queue.push(...FAULTS.slice(i % 4, (i % 4) + 1 + (i % 3 === 0 ? 1 : 0)));
      const device = who === 'west' ? west : east;
      const a = await untilAnswered(() =>
        signedHttp(proxy.port, device, 'POST', '/api/push', { records }, 700),
      );
      expect(a.attempts).toBeGreaterThan(1);
      answers.push(a.json);
      // The puller meets a fault too, every time; a failed pull must not move its cursor.
      proxy.queue.push(FAULTS[(i + 2) % 4] as Fault);
      const p = await untilAnswered(() =>
        signedHttp(proxy.port, east, 'GET', `/api/pull?since=${cursor}&kinds=passage`, undefined, 700),
      );
      const page = p.json as { cursor: number; changes: { id: string; revision: number }[] };
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      cursor = page.cursor;
      pulled.push(...page.changes);
    }
    // Every kind of fault happened, and a push whose answer was cut had committed: its resend
    // found it all there (duplicates, nothing accepted twice).
    expect(new Set(proxy.applied)).toEqual(new Set([...FAULTS, 'pass']));
    const resent = answers.filter((a) => (a.duplicates as number) > 0);
    expect(resent.length).toBeGreaterThan(0);
    for (const a of answers) expect(a).toMatchObject({ ok: true, conflicts: [], chainBreaks: [] });

    const stored = await storedRecords(db);
    const ids = stored.map((r) => `${r.kind}/${r.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...new Set(sent.map((r) => `${r.kind}/${r.id}`))].sort());
    expect(stored.find((r) => r.id === 'l-1')?.body.status).toBe('reported');
    expect(chainProblems(stored)).toEqual([]);
    expect((await db.query('SELECT * FROM conflicts')).rows).toEqual([]);
    expect((await db.query('SELECT * FROM chain_breaks')).rows).toEqual([]);
    // Each passage was applied once (accepted once over all answers) and pulled once.
    const passageCount = sent.filter((r) => r.kind === 'passage').length;
    expect(pulled.map((c) => c.id).sort()).toEqual(
      sent
        .filter((r) => r.kind === 'passage')
        .map((r) => r.id)
        .sort(),
    );
    expect(pulled).toHaveLength(passageCount);
    const revisions = pulled.map((c) => c.revision);
    expect(revisions).toEqual([...revisions].sort((x, y) => x - y));
  }, 60_000);
});
