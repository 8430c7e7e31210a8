/**
 * Retention on a gate tablet that never opens the console: the gate purges on its own schedule,
 * and every record goes by its own age, a check recorded while the clock was behind included.
 */
import { expect, test } from '@playwright/test';
import type { AuditEntry, LedgerEntry, Passage, Person } from '../../src/db/types.ts';
import { GatePage } from './pages/gate-page.ts';
import { putRecords } from './pages/idb.ts';

const NOW = Date.UTC(2026, 10, 23, 2); // 10:00 in China
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function registration(id: string, kind: Person['kind'], registeredUntil: number): Person {
  return {
    id,
    kind,
    name: kind === 'courier' ? '快递员' : '访客',
    phone: '13500000000',
    building: kind === 'visitor' ? '3' : null,
    unit: kind === 'visitor' ? '1' : null,
    room: kind === 'visitor' ? '502' : null,
    status: 'normal',
    registeredUntil,
    updatedAt: registeredUntil - 7 * DAY,
    company: kind === 'courier' ? '顺丰' : null,
    plate: kind === 'courier' ? '沪A12345' : null,
  };
}

function ledgerEntry(id: string, status: LedgerEntry['status'], updatedAt: number): LedgerEntry {
  return {
    id,
    at: updatedAt - 3 * DAY,
    personId: `decl-${id}`,
    name: '刘二',
    phone: '13711112222',
    from: '440305',
    arrivedOn: '2026-10-01',
    transport: 'G1234',
    home: { building: '9', unit: '1', room: '102' },
    itinerary: [{ region: '440305', date: '2026-09-30' }],
    status,
    flagId: null,
    updatedAt,
  };
}

test('the gate alone clears personal data past retention: a check recorded with the clock behind, expired registrations, closed ledger entries', async ({
  page,
}) => {
  await page.clock.install({ time: NOW });
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  const audit = async () => (await gate.readTable<AuditEntry>('audit')).filter((e) => e.action === 'purge');
  // The gate's first purge, shortly after it opens.
  await page.clock.fastForward(11_000);
  await expect.poll(async () => (await audit()).length).toBe(1);

  await putRecords(page, {
    people: [
      registration('c-old', 'courier', NOW - 40 * DAY),
      registration('c-recent', 'courier', NOW - 2 * DAY),
      registration('v-old', 'visitor', NOW - 30 * DAY),
    ],
    ledger: [
      ledgerEntry('closed-old', 'closed', NOW - 40 * DAY),
      ledgerEntry('pending-old', 'pending', NOW - 40 * DAY),
    ],
  });
  // The tablet's clock falls 60 days behind for one check, then is set right for the next.
  await page.clock.setSystemTime(NOW - 60 * DAY);
  await gate.checkUnregistered('BEHIND-60-DAYS');
  await page.clock.setSystemTime(NOW + HOUR);
  await gate.checkUnregistered('TODAY');
  const held = await gate.readTable<Passage>('passages');
  expect(held).toHaveLength(2);
  expect(held.every((p) => p.codeHash !== null)).toBe(true);
  // Time runs on in the page: each check is stamped a few seconds after its clock was set.
  const behind = held.find((p) => p.at < NOW - 59 * DAY)?.id;
  const today = held.find((p) => p.at > NOW)?.id;

  // A day later the gate's hourly turn finds the purge due and runs it.
  await page.clock.setSystemTime(NOW + DAY);
  await page.clock.fastForward('01:00:00');
  await expect.poll(async () => (await audit()).length).toBe(2);

  const passages = await gate.readTable<Passage>('passages');
  const byId = (id: string | undefined) => passages.find((p) => p.id === id);
  expect(byId(behind)).toMatchObject({ codeHash: null, personId: null, verdict: 'review' });
  expect(byId(behind)).not.toHaveProperty('retainFrom');
  expect(byId(today)?.codeHash).toMatch(/^[0-9a-f]{64}$/);
  expect((await gate.readTable<Person>('people')).map((p) => p.id)).toEqual(['c-recent']);
  const ledger = await gate.readTable<LedgerEntry>('ledger');
  expect(ledger.find((e) => e.id === 'closed-old')).toMatchObject({
    status: 'closed',
    name: '',
    phone: '',
    from: '',
    transport: '',
    home: null,
    itinerary: [],
  });
  expect(ledger.find((e) => e.id === 'pending-old')?.name).toBe('刘二');
  const [, last] = (await audit()).sort((a, b) => a.at - b.at);
  expect(last?.who).toMatch(/^gate /);
  expect(last?.detail).toMatch(/^passages=1 people=2 ledger=1 /);
  expect(page.url()).not.toContain('/manage');
});
