import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditPage } from './audit.ts';
import { db, useDb } from './index.ts';
import { confirmRegistration, setLedgerStatus } from './ledger.ts';
import { dayReport } from './log/report.ts';
import { recordCheck, verifyChain } from './passages.ts';
import { lastPurge, nextPurgeAt, purgePersonalData, saveRetentionDays } from './retention.ts';
import { createDb } from './schema.ts';
import { agedPassage, testLedgerEntry, testResident } from './test-records.ts';
import type { Passage, Person } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY = 86_400_000;
const HOUR = 3_600_000;

const passage = (id: string, ageDays: number) => agedPassage(id, ageDays, NOW);

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
  await db().passages.bulkAdd([passage('a', 40), passage('b', 28.5), passage('c', 27.5), passage('d', 1)]);
});

describe('retention purge', () => {
  it('anonymises passages past 28 days, keeps verdict, reasons and volunteer, and is audited', async () => {
    expect(await purgePersonalData(NOW, '陈经理')).toMatchObject({ passages: 2 });
    const rows = await db().passages.orderBy('at').toArray();
    expect(rows.map((p) => p.personId)).toEqual([null, null, 'p-c', 'p-d']);
    expect(rows.map((p) => p.codeHash)).toEqual([null, null, 'h-c', 'h-d']);
    expect(rows.every((p) => p.verdict === 'deny' && p.check?.volunteer === '王芳')).toBe(true);
    expect(await lastPurge()).toBe(NOW);
    const [entry] = await auditPage(10);
    expect(entry).toMatchObject({ action: 'purge', who: '陈经理', at: NOW });
  });

  it('a day later finds what aged since, a record stored late, and a shorter retention', async () => {
    await purgePersonalData(NOW, 'm');
    expect(await purgePersonalData(NOW + DAY, 'm')).toMatchObject({ passages: 1 });
    expect(await purgePersonalData(NOW + DAY, 'm')).toMatchObject({ passages: 0 });
    // A record restored late, older than what was already purged: the next run finds it all the same.
    await db().passages.add(passage('e', 50));
    expect(await purgePersonalData(NOW + DAY, 'm')).toMatchObject({ passages: 1 });
    await saveRetentionDays(1, '王经理', NOW);
    expect(await purgePersonalData(NOW + DAY, 'm')).toMatchObject({ passages: 1 });
    expect(await db().passages.where('personId').anyOf(['p-a', 'p-b', 'p-c', 'p-d', 'p-e']).count()).toBe(0);
  });

  it('works through many passages in chunks, even a chunk that ends inside one millisecond', async () => {
    const old = NOW - 30 * DAY;
    const many = Array.from({ length: 230 }, (_, i) => ({
      ...passage(`m${String(i).padStart(3, '0')}`, 0),
      at: i < 120 ? old : old - i,
    }));
    await db().passages.bulkAdd(many);
    expect(await purgePersonalData(NOW, 'm', false, 50)).toMatchObject({ passages: 232 });
    expect(
      await db()
        .passages.where('at')
        .below(NOW - 28 * DAY)
        .filter((p) => p.personId !== null)
        .count(),
    ).toBe(0);
    expect(await db().passages.count()).toBe(234);
  });
});

// ---- What the issue found: personal data the purge missed, and a purge that trusted the clock.

const courier = (id: string, registeredUntil: number, over: Partial<Person> = {}): Person => ({
  id,
  kind: 'courier',
  name: '快递员',
  phone: '13800001111',
  building: null,
  unit: null,
  room: null,
  status: 'normal',
  registeredUntil,
  updatedAt: registeredUntil - 7 * DAY,
  company: '顺丰',
  plate: '沪A12345',
  ...over,
});

/** A check as the gate records it (chain included), at `at` by the device's clock. */
async function check(at: number, personId: string): Promise<Passage> {
  const { id: _id, ...record } = passage('x', 0);
  return (await recordCheck({ ...record, at, personId, codeHash: `h-${personId}` }, [])).passage;
}

describe('retention of everything personal, by each record own age', () => {
  beforeEach(async () => {
    await db().passages.clear();
  });

  it('a check recorded while the clock was behind loses its person at the next daily purge, chain intact', async () => {
    await purgePersonalData(NOW, 'm');
    // Recorded after that purge, by a clock set 60 days back: its own time is long past retention.
    const behind = await check(NOW - 60 * DAY, 'p-behind');
    const today = await check(NOW, 'p-today');
    const held: (string | null | undefined)[] = [];
    for (let day = 1; day <= 60; day++) {
      await purgePersonalData(NOW + day * DAY + HOUR, 'm');
      held.push((await db().passages.get(behind.id))?.personId);
    }
    expect(held[0]).toBeNull();
    expect(held.every((p) => p === null)).toBe(true);
    expect((await db().passages.get(today.id))?.personId).toBeNull();
    expect((await verifyChain()).firstBreak).toBeNull();
  });

  it('keeps the personal data of a check within retention, whatever the earlier runs passed', async () => {
    const recent = await check(NOW - 2 * DAY, 'p-recent');
    await purgePersonalData(NOW, 'm');
    expect((await db().passages.get(recent.id))?.personId).toBe('p-recent');
    await purgePersonalData(NOW + 25 * DAY, 'm');
    expect((await db().passages.get(recent.id))?.personId).toBe('p-recent');
    await purgePersonalData(NOW + 27 * DAY, 'm');
    expect((await db().passages.get(recent.id))?.personId).toBeNull();
  });

  it('a check stamped by a clock set ahead keeps its person for the period from the first run that sees it, not until its date', async () => {
    const ahead = await check(NOW + 400 * DAY, 'p-ahead');
    await purgePersonalData(NOW, 'm');
    await purgePersonalData(NOW + 27 * DAY, 'm');
    expect((await db().passages.get(ahead.id))?.personId).toBe('p-ahead');
    await purgePersonalData(NOW + 29 * DAY, 'm');
    expect((await db().passages.get(ahead.id))?.personId).toBeNull();
    // Its time is the record's and stays as recorded: only when its period started moved.
    expect((await db().passages.get(ahead.id))?.at).toBe(NOW + 400 * DAY);
  });

  it('a run by a clock behind the last run cuts nobody short: it restarts no period', async () => {
    const recent = await check(NOW - DAY, 'p-recent');
    await purgePersonalData(NOW, 'm');
    // The tablet's clock falls back a year and a purge runs daily by it, twice.
    await purgePersonalData(NOW - 365 * DAY, 'm');
    await purgePersonalData(NOW - 364 * DAY, 'm');
    // Set right again: the check is 3 days old and keeps its person.
    await purgePersonalData(NOW + 2 * DAY, 'm');
    expect((await db().passages.get(recent.id))?.personId).toBe('p-recent');
  });

  it('removes couriers, visitors and returnees whose registration ended more than the period ago', async () => {
    await db().people.bulkPut([
      courier('c-old', NOW - 29 * DAY),
      courier('c-recent', NOW - 27 * DAY),
      courier('v-old', NOW - 40 * DAY, { kind: 'visitor', building: '3', unit: '1', room: '502' }),
      courier('r-old', NOW - 40 * DAY, { kind: 'returnee' }),
      courier('c-open', NOW, { registeredUntil: null }),
      testResident('101', NOW - 400 * DAY),
    ]);
    // A check within retention still names an expired courier: the person goes all the same.
    const named = await check(NOW - DAY, 'c-old');
    const counts = await purgePersonalData(NOW, 'm');
    expect(counts.people).toBe(3);
    expect((await db().people.toArray()).map((p) => p.id).sort()).toEqual(['101', 'c-open', 'c-recent']);
    expect((await db().passages.get(named.id))?.personId).toBe('c-old');
    const [entry] = await auditPage(1);
    expect(entry?.detail).toContain('people=3');
  });

  it('a courier registered by a clock set ahead leaves the period after its registration as first seen', async () => {
    await db().people.put(courier('c-ahead', NOW + 407 * DAY, { updatedAt: NOW + 400 * DAY }));
    await purgePersonalData(NOW, 'm');
    expect((await db().people.get('c-ahead'))?.registeredUntil).toBe(NOW + 7 * DAY);
    await purgePersonalData(NOW + 34 * DAY, 'm');
    expect(await db().people.get('c-ahead')).toBeDefined();
    await purgePersonalData(NOW + 36 * DAY, 'm');
    expect(await db().people.get('c-ahead')).toBeUndefined();
  });

  it('blanks the name, phone, origin, transport and its number, home and itinerary of ledger entries closed more than the period ago', async () => {
    await db().ledger.bulkPut([
      { ...testLedgerEntry('closed-old', 'closed', NOW - 29 * DAY), transportNo: 'G1234' },
      testLedgerEntry('closed-recent', 'closed', NOW - 27 * DAY),
      testLedgerEntry('pending-old', 'pending', NOW - 100 * DAY),
      testLedgerEntry('reported-old', 'reported', NOW - 100 * DAY),
    ]);
    const counts = await purgePersonalData(NOW, 'm');
    expect(counts.ledger).toBe(1);
    const old = await db().ledger.get('closed-old');
    expect(old).toEqual({
      ...testLedgerEntry('closed-old', 'closed', NOW - 29 * DAY),
      personId: '',
      name: '',
      phone: '',
      from: '',
      transport: '',
      // The number is blanked like the other personal fields (kept as null: the field was there).
      transportNo: null,
      home: null,
      itinerary: [],
    });
    for (const id of ['closed-recent', 'pending-old', 'reported-old'])
      expect((await db().ledger.get(id))?.name).toBe('赵六');
    // The daily report still lists the returnees to report, whole.
    const report = await dayReport(NOW - DAY, NOW);
    expect(report.returneesToReport.map((e) => e.id)).toEqual(['pending-old']);
    expect(await purgePersonalData(NOW + HOUR, 'm')).toMatchObject({ ledger: 0 });
  });

  it('a ledger entry closed by a clock set ahead is blanked the period after the first run that sees it', async () => {
    await db().ledger.put(testLedgerEntry('closed-ahead', 'closed', NOW + 400 * DAY));
    await purgePersonalData(NOW, 'm');
    expect((await db().ledger.get('closed-ahead'))?.updatedAt).toBe(NOW);
    await purgePersonalData(NOW + 27 * DAY, 'm');
    expect((await db().ledger.get('closed-ahead'))?.name).toBe('赵六');
    await purgePersonalData(NOW + 29 * DAY, 'm');
    expect((await db().ledger.get('closed-ahead'))?.name).toBe('');
  });

  it('what the gate confirmed goes too: a courier with company and plate, a visitor, a closed returnee entry, at the period the manager set', async () => {
    const ctx = { gateId: 'east', volunteer: '王芳', now: NOW };
    await confirmRegistration(courier('c-gate', NOW + 7 * DAY, { updatedAt: NOW }), null, ctx);
    const visitor = courier('v-gate', NOW + HOUR, {
      kind: 'visitor',
      company: null,
      plate: null,
      updatedAt: NOW,
    });
    await confirmRegistration(visitor, null, ctx);
    const returnee = courier('r-gate', NOW + 14 * DAY, {
      kind: 'returnee',
      company: null,
      plate: null,
      updatedAt: NOW,
    });
    const { ledger } = await confirmRegistration(
      returnee,
      {
        name: '赵六',
        phone: '13800002222',
        from: '440305',
        arrivedOn: '2026-11-22',
        transport: 'G1234',
        home: { building: '9', unit: '1', room: '102' },
        itinerary: [{ region: '440305', date: '2026-11-20' }],
      },
      ctx,
    );
    await setLedgerStatus(ledger?.id ?? '', 'closed', '陈经理', NOW + DAY);
    // The manager keeps personal data 10 days: the visitor (ended today) and the entry closed
    // tomorrow go 10 days on, the courier 10 days after its 7, the returnee after its 14.
    await saveRetentionDays(10, '陈经理', NOW);
    expect(await purgePersonalData(NOW + 10 * DAY + 2 * HOUR, 'm')).toMatchObject({ people: 1, ledger: 0 });
    expect(await purgePersonalData(NOW + 11 * DAY + HOUR, 'm')).toMatchObject({ people: 0, ledger: 1 });
    expect((await db().ledger.get(ledger?.id ?? ''))?.name).toBe('');
    expect((await db().ledger.get(ledger?.id ?? ''))?.status).toBe('closed');
    expect((await db().people.toArray()).map((p) => p.id).sort()).toEqual(['c-gate', 'r-gate']);
    expect(await purgePersonalData(NOW + 18 * DAY, 'm')).toMatchObject({ people: 1 });
    expect(await purgePersonalData(NOW + 25 * DAY, 'm')).toMatchObject({ people: 1 });
    expect(await db().people.count()).toBe(0);
    // Counts kept: the ledger entry and its flag stay for the figures.
    expect(await db().ledger.count()).toBe(1);
    expect(await db().flags.count()).toBe(1);
  });

  it('the purge runs once a day: at once the first time, and at once after the clock went back', () => {
    expect(nextPurgeAt(null, NOW)).toBe(NOW);
    expect(nextPurgeAt(NOW - HOUR, NOW)).toBe(NOW - HOUR + DAY);
    // A run dated ahead of now (its clock was ahead, or this one is behind) does not put the next off.
    expect(nextPurgeAt(NOW + 300 * DAY, NOW)).toBe(NOW);
  });
});
