import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, newId, useDb } from '../../db/index.ts';
import { fillPassageRows } from '../../db/log/fill-rows.ts';
import { createDb } from '../../db/schema.ts';
import { testResident } from '../../db/test-records.ts';
import type { Passage, Person } from '../../db/types.ts';
import { loadDashboard } from './dashboard-state.ts';
import { dayHours, periodDays } from './periods.ts';

// Pinned clock: 23 Nov 2026, 10:30 local time.
const NOW = new Date(2026, 10, 23, 10, 30).getTime();
const at = (dayOffset: number, hour: number) => new Date(2026, 10, 23 + dayOffset, hour, 5).getTime();
let n = 0;
const passage = (
  gateId: string,
  when: number,
  verdict: Passage['verdict'],
  reasons: string[] = [],
): Passage => ({
  id: `P${n++}`,
  at: when,
  gateId,
  deviceId: 'd',
  direction: 'in',
  codeHash: null,
  codeFormat: null,
  verdict,
  reasons,
  personId: null,
});
const resident = (room: string, over: Partial<Person>): Person =>
  testResident(room, NOW, { vaccineDoses: 2, vaccineSeries: 2, ...over });

describe('loadDashboard', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
    await db().passages.bulkAdd([
      passage('east', at(0, 8), 'pass'),
      passage('east', at(0, 8), 'review', ['fever']),
      passage('west', at(0, 9), 'deny', ['unregistered', 'mask-none']),
      passage('east', at(-2, 8), 'pass'),
      passage('east', at(-7, 8), 'pass'),
    ]);
    await db().people.bulkAdd([
      resident('101', { status: 'home-quarantine' }),
      resident('102', { vaccineDoses: 1 }),
    ]);
  });

  it('today: counts by gate and hour, verdicts, fevers, unregistered, map and board', async () => {
    const d = await loadDashboard('today', NOW);
    expect(d.total).toBe(3);
    expect(d.hourly.find((g) => g.gateId === 'east')?.hours[8]).toBe(2);
    expect(d.hourly.find((g) => g.gateId === 'west')?.hours[9]).toBe(1);
    expect(d.verdicts).toEqual([
      { verdict: 'pass', count: 1 },
      { verdict: 'review', count: 1 },
      { verdict: 'deny', count: 1 },
      { verdict: 'recorded', count: 0 },
    ]);
    expect([d.fever, d.unregistered, d.couriers]).toEqual([1, 1, 0]);
    expect(d.households.map((h) => h.colour)).toEqual(['brown', 'blue']);
    expect(d.board).toEqual([{ building: '1', complete: 1, total: 2, rate: 50, colour: 'red' }]);
  });

  it('the last 7 days include six days back, not seven', async () => {
    const d = await loadDashboard('week', NOW);
    expect(d.total).toBe(4);
    expect(d.hourly.find((g) => g.gateId === 'east')?.hours[8]).toBe(3);
  });
});

describe('the dashboard figures', () => {
  it('are the plain counts of the period’s passages, whether their log rows are there or not', async () => {
    const record = fc.record({
      // Minutes over the last nine days up to two hours after now (a clock set back).
      minute: fc.integer({ min: -9 * 24 * 60, max: 120 }),
      gate: fc.constantFrom('east', 'north', 'west'),
      verdict: fc.constantFrom('pass', 'review', 'deny', 'recorded'),
      reasons: fc.subarray(['fever', 'unregistered', 'mask-none']),
      row: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 150 }),
        fc.constantFrom('today' as const, 'week' as const),
        async (records, period) => {
          await db().passages.clear();
          const rows = records.map((r) => ({
            ...passage(r.gate, NOW + r.minute * 60_000, r.verdict, r.reasons),
            id: newId(NOW + r.minute * 60_000),
          }));
          await db().passages.bulkAdd(rows);
          await fillPassageRows();
          await db().passageRows.bulkDelete(rows.filter((_, i) => !records[i]?.row).map((p) => p.id));
          const d = await loadDashboard(period, NOW);
          const days = periodDays(period, NOW);
          const from = days[0]?.from ?? 0;
          const to = days.at(-1)?.to ?? 0;
          const inPeriod = rows.filter((p) => p.at >= from && p.at < to);
          const gates = [...new Set(rows.map((p) => p.gateId))].sort();
          expect(d.hourly).toEqual(
            gates.map((gateId) => ({
              gateId,
              hours: Array.from({ length: 24 }, (_, h) =>
                days.reduce((sum, day) => {
                  const slot = dayHours(day.from)[h] ?? { from: 0, to: 0 };
                  return (
                    sum +
                    rows.filter((p) => p.gateId === gateId && p.at >= slot.from && p.at < slot.to).length
                  );
                }, 0),
              ),
            })),
          );
          expect(d.verdicts.map((v) => v.count)).toEqual(
            ['pass', 'review', 'deny', 'recorded'].map((v) => inPeriod.filter((p) => p.verdict === v).length),
          );
          expect(d.total).toBe(inPeriod.length);
          const flagged = inPeriod.filter((p) => p.verdict === 'review' || p.verdict === 'deny');
          expect(d.fever).toBe(flagged.filter((p) => p.reasons.includes('fever')).length);
          expect(d.unregistered).toBe(flagged.filter((p) => p.reasons.includes('unregistered')).length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
