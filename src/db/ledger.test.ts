import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFlags, REPORT_FLAG } from './flags.ts';
import { db, useDb } from './index.ts';
import { blankEntry, confirmRegistration, ledgerPage, setLedgerMeasure, setLedgerStatus } from './ledger.ts';
import { personById } from './people.ts';
import { createDb } from './schema.ts';
import type { LedgerEntry, Person } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 2);
const person: Person = {
  id: 'decl-abc',
  kind: 'returnee',
  name: '赵六',
  phone: '13700001111',
  building: '3',
  unit: '1',
  room: '502',
  status: 'normal',
  registeredUntil: NOW + 14 * 86_400_000,
  updatedAt: NOW,
};
const ctx = { gateId: 'east', volunteer: '王芳', now: NOW };

describe('registrations and the returnee ledger', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('a returnee confirmation writes the person, a pending ledger entry and an open report flag', async () => {
    const returnee = {
      name: '赵六',
      phone: '13700001111',
      from: '440305',
      arrivedOn: '2026-11-22',
      transport: '火车',
      home: { building: '3', unit: '1', room: '502' },
      itinerary: [],
    };
    const { ledger, flag } = await confirmRegistration(person, returnee, ctx);
    expect(await personById('decl-abc')).toMatchObject({ kind: 'returnee' });
    expect(ledger).toMatchObject({ status: 'pending', personId: 'decl-abc' });
    expect((await openFlags()).map((f) => f.kind)).toEqual([REPORT_FLAG]);
    expect(flag?.id).toBe(ledger?.flagId);

    const reported = await setLedgerStatus(ledger?.id ?? '', 'reported', '李强', NOW + 1000);
    expect(reported?.status).toBe('reported');
    expect(await openFlags()).toEqual([]);
    expect((await setLedgerStatus(ledger?.id ?? '', 'closed', '李强', NOW + 2000))?.status).toBe('closed');
    expect(await setLedgerStatus('no-such-entry', 'closed', '李强', NOW + 3000)).toBeNull();
    expect((await ledgerPage()).map((e) => e.status)).toEqual(['closed']);
  });

  it('keeps when and by whom an entry was reported, and the control measure the committee set, audited', async () => {
    const returnee = {
      name: '赵六',
      phone: '13700001111',
      from: '440305',
      arrivedOn: '2026-11-22',
      transport: '火车',
      transportNo: 'G1234',
      idLast4: '0012',
      colour: 'green' as const,
      home: { building: '3', unit: '1', room: '502' },
      itinerary: [],
    };
    const { ledger } = await confirmRegistration(person, returnee, ctx);
    const id = ledger?.id ?? '';
    expect(ledger).toMatchObject({ transportNo: 'G1234', idLast4: '0012', colour: 'green' });
    const reported = await setLedgerStatus(id, 'reported', '李强', NOW + 1000);
    expect(reported).toMatchObject({ reportedAt: NOW + 1000, reportedBy: '李强' });
    // Closing later keeps the first report's time and manager.
    const closed = await setLedgerStatus(id, 'closed', '王五', NOW + 2000);
    expect(closed).toMatchObject({ reportedAt: NOW + 1000, reportedBy: '李强' });

    const measure = { kind: 'home-monitoring' as const, from: '2026-11-22', to: '2026-11-28' };
    expect(await setLedgerMeasure(id, measure, '李强', NOW + 3000)).toMatchObject({ measure });
    expect((await ledgerPage())[0]?.measure).toEqual(measure);
    const lines = (await db().audit.toArray()).map((e) => `${e.action} ${e.who} ${e.detail}`);
    expect(lines).toContain(`edit 李强 ledger ${id} measure home-monitoring 2026-11-22..2026-11-28`);
    expect(await setLedgerMeasure('no-such-entry', null, '李强', NOW)).toBeNull();
    // Retention blanks the new personal fields too; the measure, its days and the report stay.
    const blank = blankEntry((await ledgerPage())[0] as LedgerEntry);
    expect(blank).toMatchObject({ idLast4: null, transportNo: null, colour: null, name: '', measure });
    expect(blank).toMatchObject({ reportedAt: NOW + 1000, reportedBy: '李强' });
  });

  it('a courier confirmation writes only the person', async () => {
    await confirmRegistration({ ...person, kind: 'courier', id: 'decl-c' }, null, ctx);
    expect(await ledgerPage()).toEqual([]);
    expect(await openFlags()).toEqual([]);
    expect(await personById('decl-c')).toBeDefined();
  });
});
