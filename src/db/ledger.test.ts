import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFlags, REPORT_FLAG } from './flags.ts';
import { useDb } from './index.ts';
import { confirmRegistration, ledgerPage, setLedgerStatus } from './ledger.ts';
import { personById } from './people.ts';
import { createDb } from './schema.ts';
import type { Person } from './types.ts';

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

  it('a courier confirmation writes only the person', async () => {
    await confirmRegistration({ ...person, kind: 'courier', id: 'decl-c' }, null, ctx);
    expect(await ledgerPage()).toEqual([]);
    expect(await openFlags()).toEqual([]);
    expect(await personById('decl-c')).toBeDefined();
  });
});
