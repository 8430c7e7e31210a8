/**
 * Mutable records on both databases (sync/merge.ts): a record pushed again with other content is
 * merged field by field, the last arrival winning and the value it replaced kept in `conflicts`,
 * after the estate's own rules: a flag's first resolution wins, a ledger entry's status only moves
 * forward, a registration ends at the later date, revocations only add, a delete stays a
 * tombstone, and only a manager device changes a quarantine status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushedRecord, RecordKind } from '../../wire/kinds.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer, type Hub } from '../server.ts';
import { testDatabases } from '../test/databases.ts';
import { signedInject, type TestDevice } from '../test/device.ts';
import { enrolDevice, enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import type { PulledChange } from '../test/stored.ts';

type Change = PulledChange;

describe.each(testDatabases())('conflict rules on $kind', (database) => {
  let db: HubDb;
  let hub: Hub;
  const clock = Date.UTC(2026, 11, 6, 8, 0, 0);
  const { codes, onSetupCode } = setupCodes();
  let manager: TestDevice;
  let office: TestDevice;
  let west: TestDevice;
  let east: TestDevice;

  beforeAll(async () => {
    db = await database.open();
    hub = await buildServer({ db, distDir: '/nonexistent', now: () => clock, onSetupCode });
    manager = await setUpEstate(hub, codes, '幸福里小区');
    office = await enrolDevice(hub.app, manager, { role: 'office' }, clock);
    west = await enrolGate(hub.app, manager, '西门', clock);
    east = await enrolGate(hub.app, manager, '东门', clock);
  });
  afterAll(async () => {
    await hub.app.close();
    await db.close();
  });

  const pushAs = async (d: TestDevice, kind: RecordKind, id: string, body: Record<string, unknown>) => {
    const records: PushedRecord[] = [{ kind, id, body }];
    const r = await signedInject(hub.app, d, 'POST', '/api/push', { records }, clock);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const pull = async (since = 0): Promise<Change[]> =>
    (await signedInject(hub.app, manager, 'GET', `/api/pull?since=${since}`, undefined, clock)).json()
      .changes;
  const storedBody = async (kind: string, id: string) =>
    (await pull()).find((c) => c.kind === kind && c.id === id)?.body;
  const keptAside = async (id: string) =>
    (await signedInject(hub.app, manager, 'GET', '/api/conflicts', undefined, clock))
      .json()
      .conflicts.filter((c: { id: string }) => c.id === id);

  it('per field the last arrival wins, the value it replaced kept aside; fields it did not change stay', async () => {
    const person = { id: 'p-1', name: '李四', phone: '138', room: '301', status: 'normal' };
    await pushAs(office, 'registry-change', 'p-1', person);
    const before = (await pull()).at(-1)?.revision ?? 0;
    const r = await pushAs(manager, 'registry-change', 'p-1', { ...person, phone: '139' });
    expect(r).toMatchObject({ accepted: 0, updated: 1, duplicates: 0 });
    expect(r.conflicts).toEqual([
      { kind: 'registry-change', id: 'p-1', field: 'phone', rule: 'last-arrival' },
    ]);
    // A partial update changes only what it names.
    await pushAs(office, 'registry-change', 'p-1', { id: 'p-1', room: '302' });
    expect(await storedBody('registry-change', 'p-1')).toEqual({ ...person, phone: '139', room: '302' });
    // The update is a change with a new revision: a device pulling from its cursor sees it, once.
    const after = await pull(before);
    expect(after.filter((c) => c.id === 'p-1').map((c) => c.body.room)).toEqual(['302']);
    expect(after[0]?.revision).toBeGreaterThan(before);
    expect(await keptAside('p-1')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'phone',
          rule: 'last-arrival',
          body: { phone: '138' },
          deviceId: manager.id?.deviceId,
        }),
        expect.objectContaining({ field: 'room', rule: 'last-arrival', body: { room: '301' } }),
      ]),
    );
    // The same update again is a duplicate: nothing written, nothing kept aside again.
    const again = await pushAs(office, 'registry-change', 'p-1', { id: 'p-1', room: '302' });
    expect(again).toMatchObject({ updated: 0, duplicates: 1, conflicts: [] });
    expect(await keptAside('p-1')).toHaveLength(2);
  });

  it('a device editing its own record replaces its own value without a conflict', async () => {
    await pushAs(west, 'registration', 'courier-1', { id: 'courier-1', plate: '沪A1', registeredUntil: 10 });
    const r = await pushAs(west, 'registration', 'courier-1', { id: 'courier-1', plate: '沪A2' });
    expect(r).toMatchObject({ updated: 1, conflicts: [] });
    expect((await storedBody('registration', 'courier-1'))?.plate).toBe('沪A2');
  });

  it("a flag's first resolution wins: a later one is kept aside, on the flag and as a resolution", async () => {
    const open = {
      id: 'flag-1',
      kind: 'fever',
      status: 'open',
      resolution: null,
      resolvedBy: null,
      note: null,
    };
    await pushAs(west, 'flag', 'flag-1', open);
    const first = { ...open, status: 'resolved', resolution: 'remeasured-normal', resolvedBy: '张' };
    await pushAs(west, 'flag', 'flag-1', first);
    const second = {
      ...open,
      status: 'resolved',
      resolution: 'denied-entry',
      resolvedBy: '赵',
      note: '体温高',
    };
    const r = await pushAs(east, 'flag', 'flag-1', second);
    expect(r.conflicts).toEqual(
      expect.arrayContaining([
        { kind: 'flag', id: 'flag-1', field: 'resolution', rule: 'first-resolution' },
        { kind: 'flag', id: 'flag-1', field: 'resolvedBy', rule: 'first-resolution' },
      ]),
    );
    // The note is not the resolution: the last arrival's note is taken.
    expect(await storedBody('flag', 'flag-1')).toEqual({ ...first, note: '体温高' });
    // Reopening a resolved flag is not a resolution either way: it stays resolved.
    await pushAs(east, 'flag', 'flag-1', { ...open });
    expect((await storedBody('flag', 'flag-1'))?.status).toBe('resolved');

    await pushAs(west, 'resolution', 'res-1', { flagId: 'flag-1', resolution: 'remeasured-normal' });
    const late = await pushAs(east, 'resolution', 'res-2', { flagId: 'flag-1', resolution: 'denied-entry' });
    expect(late).toMatchObject({
      accepted: 0,
      conflicts: [{ kind: 'resolution', id: 'res-2', rule: 'first-resolution' }],
    });
    expect((await pull()).filter((c) => c.kind === 'resolution').map((c) => c.id)).toEqual(['res-1']);
    expect(await keptAside('res-2')).toEqual([
      expect.objectContaining({
        rule: 'first-resolution',
        body: { flagId: 'flag-1', resolution: 'denied-entry' },
      }),
    ]);
    // Two resolutions of one new flag in one batch: the first in the device's order wins.
    const both: PushedRecord[] = [
      { kind: 'resolution', id: 'res-3', body: { flagId: 'flag-2', resolution: 'mask-fixed' } },
      { kind: 'resolution', id: 'res-4', body: { flagId: 'flag-2', resolution: 'false-alarm' } },
    ];
    const b = (await signedInject(hub.app, west, 'POST', '/api/push', { records: both }, clock)).json();
    expect(b).toMatchObject({ accepted: 1, conflicts: [{ id: 'res-4', rule: 'first-resolution' }] });
    // The winning resolution resent is a duplicate, not a loser.
    expect(
      await pushAs(west, 'resolution', 'res-1', { flagId: 'flag-1', resolution: 'remeasured-normal' }),
    ).toMatchObject({ duplicates: 1, conflicts: [] });
  });

  it('a ledger entry’s status only moves forward: pending → reported → closed', async () => {
    const entry = { id: 'l-1', name: '王五', status: 'pending', transport: 'train' };
    await pushAs(west, 'ledger-entry', 'l-1', entry);
    await pushAs(manager, 'ledger-entry', 'l-1', { ...entry, status: 'reported' });
    const back = await pushAs(east, 'ledger-entry', 'l-1', { ...entry, transport: 'car' });
    expect(back.conflicts).toEqual(
      expect.arrayContaining([{ kind: 'ledger-entry', id: 'l-1', field: 'status', rule: 'status-forward' }]),
    );
    expect(await storedBody('ledger-entry', 'l-1')).toMatchObject({ status: 'reported', transport: 'car' });
    await pushAs(manager, 'ledger-entry', 'l-1', { id: 'l-1', status: 'closed' });
    await pushAs(manager, 'ledger-entry', 'l-1', { id: 'l-1', status: 'reported' });
    expect((await storedBody('ledger-entry', 'l-1'))?.status).toBe('closed');
    expect((await keptAside('l-1')).map((c: { body: unknown }) => c.body)).toEqual(
      expect.arrayContaining([{ status: 'pending' }, { status: 'reported' }]),
    );
  });

  it("a registration's end takes the later date", async () => {
    await pushAs(west, 'registration', 'visitor-1', { id: 'visitor-1', registeredUntil: 2000 });
    const earlier = await pushAs(east, 'registration', 'visitor-1', {
      id: 'visitor-1',
      registeredUntil: 1000,
    });
    expect(earlier).toMatchObject({
      updated: 0,
      conflicts: [{ kind: 'registration', id: 'visitor-1', field: 'registeredUntil', rule: 'later-end' }],
    });
    const cleared = await pushAs(east, 'registration', 'visitor-1', {
      id: 'visitor-1',
      registeredUntil: null,
    });
    expect(cleared.conflicts).toEqual([expect.objectContaining({ rule: 'later-end' })]);
    expect((await storedBody('registration', 'visitor-1'))?.registeredUntil).toBe(2000);
    await pushAs(east, 'registration', 'visitor-1', { id: 'visitor-1', registeredUntil: 3000 });
    expect((await storedBody('registration', 'visitor-1'))?.registeredUntil).toBe(3000);
  });

  it('revocations only add: a changed or deleted revocation is kept aside, the revocation stays', async () => {
    const revocation = { passId: 'pass-9', at: 1, by: '王经理', reason: 'lost' };
    await pushAs(manager, 'revocation', 'pass-9', revocation);
    const undo = await pushAs(manager, 'revocation', 'pass-9', { ...revocation, deleted: true });
    expect(undo).toMatchObject({ conflicts: [{ kind: 'revocation', id: 'pass-9', rule: 'only-add' }] });
    expect(await storedBody('revocation', 'pass-9')).toEqual(revocation);
  });

  it('a delete is kept as a tombstone that later edits do not bring back', async () => {
    await pushAs(office, 'registry-change', 'p-2', { id: 'p-2', name: '周六', room: '101' });
    await pushAs(office, 'registry-change', 'p-2', { id: 'p-2', deleted: true });
    const tomb = await storedBody('registry-change', 'p-2');
    expect(tomb).toMatchObject({ id: 'p-2', deleted: true });
    const edit = await pushAs(manager, 'registry-change', 'p-2', { id: 'p-2', room: '102', deleted: false });
    expect(edit).toMatchObject({
      updated: 0,
      conflicts: [{ kind: 'registry-change', id: 'p-2', rule: 'tombstone' }],
    });
    expect(await storedBody('registry-change', 'p-2')).toEqual(tomb);
  });

  it('only a manager device changes a quarantine status', async () => {
    await pushAs(office, 'registry-change', 'p-3', { id: 'p-3', name: '吴七', status: 'normal' });
    const byOffice = await pushAs(office, 'registry-change', 'p-3', {
      id: 'p-3',
      status: 'home-quarantine',
      statusTo: 99,
      phone: '137',
    });
    expect(byOffice.conflicts).toEqual(
      expect.arrayContaining([
        { kind: 'registry-change', id: 'p-3', field: 'status', rule: 'manager-only' },
        { kind: 'registry-change', id: 'p-3', field: 'statusTo', rule: 'manager-only' },
      ]),
    );
    expect(await storedBody('registry-change', 'p-3')).toEqual({
      id: 'p-3',
      name: '吴七',
      status: 'normal',
      phone: '137',
    });
    await pushAs(west, 'registration', 'courier-2', { id: 'courier-2', status: 'normal' });
    const byGate = await pushAs(east, 'registration', 'courier-2', {
      id: 'courier-2',
      status: 'central-quarantine',
    });
    expect(byGate.conflicts).toEqual([expect.objectContaining({ field: 'status', rule: 'manager-only' })]);
    await pushAs(west, 'ledger-entry', 'l-2', { id: 'l-2', status: 'pending', measure: null });
    const measure = { kind: 'home-quarantine', from: '2026-12-06', to: '2026-12-20' };
    const byGateLedger = await pushAs(west, 'ledger-entry', 'l-2', { id: 'l-2', measure });
    expect(byGateLedger.conflicts).toEqual([
      expect.objectContaining({ field: 'measure', rule: 'manager-only' }),
    ]);
    await pushAs(manager, 'registry-change', 'p-3', { id: 'p-3', status: 'home-quarantine' });
    await pushAs(manager, 'ledger-entry', 'l-2', { id: 'l-2', measure });
    expect((await storedBody('registry-change', 'p-3'))?.status).toBe('home-quarantine');
    expect((await storedBody('ledger-entry', 'l-2'))?.measure).toEqual(measure);
  });
});
