import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listRevocations, revokePassId } from './estate.ts';
import { resolveFlag } from './flags.ts';
import { applyPulled, pullCursor } from './hub-pull.ts';
import { db, useDb } from './index.ts';
import {
  confirmRegistration,
  type ReturneeDeclaration,
  setLedgerMeasure,
  setLedgerStatus,
} from './ledger.ts';
import { outboxCount, outboxFront } from './outbox.ts';
import { recordCheck } from './passages.ts';
import { deletePerson, importPeople, personById } from './people.ts';
import { createDb } from './schema.ts';
import { enrolForTest, testResident } from './test-records.ts';
import type { HubLink, Person } from './types.ts';

const NOW = Date.UTC(2026, 11, 6, 8);
const DAY = 86_400_000;

const courier = (registeredUntil: number | null): Person => ({
  id: 'decl:13800001111',
  kind: 'courier',
  name: '陈建华',
  phone: '13800001111',
  building: null,
  unit: null,
  room: null,
  status: 'normal',
  registeredUntil,
  updatedAt: NOW,
});

const enrol = (role: HubLink['role']) => enrolForTest(role, NOW);

describe('what a connected tablet pulls from its hub', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('applies registrations and revocations with the cursor, once', async () => {
    const changes = [
      { revision: 3, kind: 'registration', id: 'decl:13800001111', body: { ...courier(NOW + 30 * DAY) } },
      {
        revision: 5,
        kind: 'revocation',
        id: 'P-1',
        body: { passId: 'P-1', at: NOW, by: '王经理', reason: '遗失' },
      },
    ];
    expect(await applyPulled(changes, 5)).toBe(2);
    expect(await pullCursor()).toBe(5);
    expect((await personById('decl:13800001111'))?.registeredUntil).toBe(NOW + 30 * DAY);
    expect((await listRevocations()).map((r) => r.passId)).toEqual(['P-1']);
    // The same batch again (another tab applied it first): nothing changes.
    expect(await applyPulled(changes, 5)).toBe(0);
    expect(await listRevocations()).toHaveLength(1);
  });

  it('keeps the later registration end of its own copy and the pulled one; a delete removes the person', async () => {
    await confirmRegistration(courier(NOW + 60 * DAY), null, { gateId: '东门', volunteer: '王芳', now: NOW });
    await applyPulled(
      [
        {
          revision: 1,
          kind: 'registration',
          id: 'decl:13800001111',
          body: { ...courier(NOW + 30 * DAY), name: '陈建华' },
        },
      ],
      1,
    );
    expect((await personById('decl:13800001111'))?.registeredUntil).toBe(NOW + 60 * DAY);
    await applyPulled(
      [
        {
          revision: 2,
          kind: 'registry-change',
          id: 'decl:13800001111',
          body: { id: 'decl:13800001111', deleted: true },
        },
      ],
      2,
    );
    expect(await personById('decl:13800001111')).toBeUndefined();
  });

  it('applies a batch in its order: a person changed twice ends as the later change, merged with the earlier', async () => {
    const id = 'decl:13800001111';
    const other = { ...courier(null), id: 'decl:13900002222', name: '李四', phone: '13900002222' };
    const rev = { passId: 'P-2', at: NOW, by: '王经理', reason: '遗失' };
    const applied = await applyPulled(
      [
        { revision: 1, kind: 'registration', id, body: { ...courier(NOW + 60 * DAY) } },
        { revision: 2, kind: 'registration', id, body: { ...courier(NOW + 30 * DAY), name: '陈建国' } },
        { revision: 3, kind: 'registration', id: other.id, body: { ...other } },
        { revision: 4, kind: 'registry-change', id: other.id, body: { id: other.id, deleted: true } },
        { revision: 5, kind: 'revocation', id: 'P-2', body: rev },
        { revision: 6, kind: 'revocation', id: 'P-2', body: { ...rev, reason: '又一次' } },
      ],
      6,
    );
    expect(applied).toBe(5);
    expect(await personById(id)).toMatchObject({ name: '陈建国', registeredUntil: NOW + 60 * DAY });
    expect(await personById(other.id)).toBeUndefined();
    expect(await listRevocations()).toEqual([rev]);
    // A person deleted and then registered again in one batch is there, with only the new end.
    await applyPulled(
      [
        { revision: 7, kind: 'registry-change', id, body: { id, deleted: true } },
        { revision: 8, kind: 'registration', id, body: { ...courier(NOW + 10 * DAY) } },
      ],
      8,
    );
    expect((await personById(id))?.registeredUntil).toBe(NOW + 10 * DAY);
  });

  it('ignores a pulled body that is not a person, and moves the cursor past it', async () => {
    expect(await applyPulled([{ revision: 7, kind: 'registration', id: 'x', body: { id: 'x' } }], 7)).toBe(0);
    expect(await personById('x')).toBeUndefined();
    expect(await pullCursor()).toBe(7);
  });
});

describe('what a connected tablet queues besides checks', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('a registration confirmed at an enrolled gate is queued with it, for every gate', async () => {
    await enrol('gate');
    await confirmRegistration(courier(NOW + 30 * DAY), null, { gateId: '东门', volunteer: '王芳', now: NOW });
    const front = await outboxFront(500);
    expect(front?.records.map((r) => [r.kind, r.id])).toEqual([['registration', 'decl:13800001111']]);
    expect(front?.records[0]?.body).toMatchObject({ name: '陈建华', registeredUntil: NOW + 30 * DAY });
  });

  it('a revocation is queued on the office PC; on a gate tablet (whose role may not push one) it is not', async () => {
    await enrol('office');
    await revokePassId({ passId: 'P-9', at: NOW, by: '王经理', reason: '遗失' });
    expect((await outboxFront(500))?.records.map((r) => r.kind)).toEqual(['revocation']);

    await createDb().delete();
    useDb(createDb());
    await enrol('gate');
    await revokePassId({ passId: 'P-9', at: NOW, by: '王经理', reason: '遗失' });
    expect(await outboxFront(500)).toBeNull();
    expect((await listRevocations()).map((r) => r.passId)).toEqual(['P-9']);
  });

  it('an office import is queued in batches the hub takes; a delete is queued as a tombstone', async () => {
    await enrol('office');
    const people = Array.from({ length: 1200 }, (_, i) => testResident(String(1000 + i), NOW));
    await importPeople(people, '王经理', 'residents.csv', NOW);
    expect(await outboxCount()).toBe(3);
    const first = await outboxFront(500);
    expect(first?.records).toHaveLength(500);
    expect(first?.records.every((r) => r.kind === 'registry-change')).toBe(true);
    const gone = people[0];
    if (!gone) throw new Error('no people');
    await deletePerson(gone.id, '王经理', NOW + 1);
    const all = await outboxFront(5000);
    expect(all?.records).toHaveLength(1201);
    expect(all?.records.at(-1)).toEqual({
      kind: 'registry-change',
      id: gone.id,
      body: { id: gone.id, deleted: true, updatedAt: NOW + 1 },
    });
  });

  it('a returnee reported to the committee queues the ledger entry and the report flag’s resolution', async () => {
    await enrol('gate');
    const returnee = {
      name: '赵小六',
      phone: '13900002222',
      idLast4: '456X',
      building: '5',
      unit: '1',
      room: '302',
      from: '440305',
      arrivedOn: '2026-12-05',
      transport: '火车',
      transportNo: 'G1023',
    } as unknown as ReturneeDeclaration;
    const { ledger, flag } = await confirmRegistration(courier(NOW + DAY), returnee, {
      gateId: '东门',
      volunteer: '王芳',
      now: NOW,
    });
    if (!ledger || !flag) throw new Error('no ledger entry');
    await setLedgerStatus(ledger.id, 'reported', '王经理', NOW + 1000);
    const records = (await outboxFront(500))?.records ?? [];
    expect(records.map((r) => r.kind)).toEqual([
      'registration',
      'ledger-entry',
      'flag',
      'resolution',
      'ledger-entry',
    ]);
    expect(records[4]).toMatchObject({ id: ledger.id, body: { status: 'reported', reportedBy: '王经理' } });
    expect(records[3]?.body).toMatchObject({
      flagId: flag.id,
      resolution: 'referred-committee',
      resolvedBy: '王经理',
    });
    // A control measure set afterwards travels too: every device's ledger shows it.
    const measure = { kind: '居家隔离', from: '2026-12-06', to: '2026-12-12' } as never;
    await setLedgerMeasure(ledger.id, measure, '王经理', NOW + 2000);
    const after = (await outboxFront(500))?.records ?? [];
    expect(after).toHaveLength(6);
    expect(after[5]).toMatchObject({
      kind: 'ledger-entry',
      id: ledger.id,
      body: { measure, updatedAt: NOW + 2000 },
    });
  });

  it('a resolution given elsewhere closes the flag this tablet holds open; one it resolved itself stays', async () => {
    const flagged = async (at: number) =>
      (
        await recordCheck(
          {
            at,
            gateId: '东门',
            deviceId: 'd',
            direction: 'in',
            codeHash: `h${at}`,
            codeFormat: 'opaque',
            verdict: 'review',
            reasons: ['unregistered'],
            personId: null,
          },
          ['unregistered'],
        )
      ).flags[0]?.id ?? '';
    const open = await flagged(NOW);
    const mine = await flagged(NOW + 1);
    await resolveFlag(mine, 'sent-to-register', '王芳', NOW + 2);
    const resolution = (flagId: string, revision: number) => ({
      revision,
      kind: 'resolution',
      id: `res-${revision}`,
      body: {
        id: `res-${revision}`,
        flagId,
        resolution: 'denied-entry',
        note: '办公室',
        resolvedBy: '王经理',
        resolvedAt: NOW + 3,
      },
    });
    expect(await applyPulled([resolution(open, 1), resolution(mine, 2)], 2)).toBe(1);
    expect(await db().flags.get(open)).toMatchObject({
      status: 'resolved',
      resolution: 'denied-entry',
      note: '办公室',
      resolvedBy: '王经理',
      resolvedAt: NOW + 3,
    });
    expect(await db().flags.get(mine)).toMatchObject({ resolution: 'sent-to-register', resolvedBy: '王芳' });
  });

  it('the office reports a returnee confirmed at a gate: the gate’s report flag is resolved through the hub', async () => {
    await enrol('office');
    const entry = {
      id: 'L1',
      at: NOW,
      personId: 'p1',
      name: '赵小六',
      phone: '13900002222',
      from: '440305',
      arrivedOn: '2026-12-05',
      transport: '火车',
      home: null,
      itinerary: [],
      status: 'pending',
      flagId: 'F-east',
      updatedAt: NOW,
      gateId: '东门',
    };
    await applyPulled([{ revision: 1, kind: 'ledger-entry', id: 'L1', body: entry }], 1);
    await setLedgerStatus('L1', 'reported', '王经理', NOW + 1000);
    const records = (await outboxFront(500))?.records ?? [];
    expect(records.map((r) => r.kind).sort()).toEqual(['ledger-entry', 'resolution']);
    expect(records.find((r) => r.kind === 'resolution')?.body).toMatchObject({
      flagId: 'F-east',
      resolution: 'referred-committee',
      resolvedBy: '王经理',
    });
  });
});
