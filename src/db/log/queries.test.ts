import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { encodeTime } from 'ulid';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, newId, useDb } from '../index.ts';
import { peopleMatching } from '../people.ts';
import { createDb } from '../schema.ts';
import type { Passage } from '../types.ts';
import { fillPassageRows } from './fill-rows.ts';
import {
  type LogCursor,
  type LogFilter,
  NO_FILTER,
  passageBatches,
  passagePage,
  passageRowsBetween,
} from './queries.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

function passage(at: number, i: number): Passage {
  return {
    id: newId(at),
    at,
    gateId: i % 2 === 0 ? 'east' : 'west',
    deviceId: 'dev-1',
    direction: i % 3 === 0 ? 'out' : 'in',
    codeHash: null,
    codeFormat: null,
    verdict: i % 4 === 0 ? 'deny' : 'pass',
    reasons: i % 4 === 0 ? ['fever'] : [],
    personId: i % 5 === 0 ? 'p1' : null,
  };
}

/** The ids `filter` matches among `rows`, newest first: what paging must come to. */
function reference(rows: readonly Passage[], lf: LogFilter): string[] {
  return rows
    .filter(
      (p) =>
        (lf.from === null || p.at >= lf.from) &&
        (lf.to === null || p.at <= lf.to) &&
        (!lf.gateId || p.gateId === lf.gateId) &&
        (!lf.verdict || p.verdict === lf.verdict) &&
        (!lf.direction || p.direction === lf.direction),
    )
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .map((p) => p.id);
}

async function allPages(filter: LogFilter, people: Set<string> | null = null): Promise<string[]> {
  const ids: string[] = [];
  let cursor: LogCursor | null = null;
  for (;;) {
    const page = await passagePage(filter, cursor, 50, people);
    ids.push(...page.map((p) => p.id));
    const last = page.at(-1);
    if (!last || page.length < 50) return ids;
    cursor = { at: last.at, id: last.id };
  }
}

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
  // 600 records: 400 in one millisecond, the rest spread over minutes.
  const rows = Array.from({ length: 600 }, (_, i) => passage(i < 400 ? NOW : NOW - (i - 399) * 60_000, i));
  await db().passages.bulkAdd(rows);
  await db().people.add({
    id: 'p1',
    kind: 'resident',
    name: '张三',
    phone: '13812341234',
    building: '1',
    unit: '1',
    room: '101',
    status: 'normal',
    registeredUntil: null,
    updatedAt: NOW,
    plate: '沪A12345',
  });
});

describe('passage paging by key', () => {
  it('pages newest first, no record skipped or repeated, even 400 in one millisecond', async () => {
    const ids = await allPages(NO_FILTER);
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
    const stored = await db().passages.toArray();
    const expected = stored.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).map((p) => p.id);
    expect(ids).toEqual(expected);
  });

  it('pages a verdict filter and a gate filter through their indexes without loss', async () => {
    const deny = await allPages({ ...NO_FILTER, verdict: 'deny' });
    expect(deny).toHaveLength(150);
    expect(new Set(deny).size).toBe(150);
    const east = await allPages({ ...NO_FILTER, gateId: 'east', direction: 'out' });
    const stored = await db().passages.toArray();
    expect(east).toHaveLength(stored.filter((p) => p.gateId === 'east' && p.direction === 'out').length);
  });

  it('filters by date range, reason and a person found by name, phone or plate', async () => {
    const ranged = await allPages({ ...NO_FILTER, from: NOW - 10 * 60_000, to: NOW - 60_000 });
    expect(ranged).toHaveLength(10);
    const fever = await allPages({ ...NO_FILTER, reason: 'fever' });
    expect(fever).toHaveLength(150);
    for (const q of ['张', '1234', 'a123']) expect((await peopleMatching(q)).has('p1')).toBe(true);
    expect((await peopleMatching('李')).size).toBe(0);
    expect(await allPages(NO_FILTER, await peopleMatching('张'))).toHaveLength(120);
    expect(await allPages(NO_FILTER, new Set())).toHaveLength(0);
  });
});

describe('passage paging against a plain sort', () => {
  it('any filter, any page size: the pages join up to the matching records, newest first', async () => {
    const record = fc.record({
      at: fc.integer({ min: 0, max: 40 }),
      gate: fc.constantFrom('east', 'west'),
      verdict: fc.constantFrom('pass', 'review', 'deny'),
      direction: fc.constantFrom('in', 'out'),
    });
    const filter = fc.record({
      gateId: fc.constantFrom('', 'east'),
      verdict: fc.constantFrom('', 'deny', 'pass'),
      direction: fc.constantFrom('', 'out'),
      from: fc.option(fc.integer({ min: 0, max: 40 })),
      to: fc.option(fc.integer({ min: 0, max: 40 })),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 700, size: 'max' }),
        filter,
        fc.integer({ min: 1, max: 130 }),
        async (records, f, size) => {
          await db().passages.clear();
          const rows = records.map((r, i) => ({
            ...passage(NOW + r.at, i),
            gateId: r.gate,
            verdict: r.verdict as Passage['verdict'],
            direction: r.direction as Passage['direction'],
          }));
          await db().passages.bulkAdd(rows);
          const lf: LogFilter = {
            ...NO_FILTER,
            ...f,
            from: f.from === null ? null : NOW + f.from,
            to: f.to === null ? null : NOW + f.to,
          } as LogFilter;
          const got: string[] = [];
          let cursor: LogCursor | null = null;
          for (;;) {
            const page = await passagePage(lf, cursor, size);
            got.push(...page.map((p) => p.id));
            const last = page.at(-1);
            if (!last || page.length < size) break;
            cursor = { at: last.at, id: last.id };
          }
          expect(got).toEqual(reference(rows, lf));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('export batches', () => {
  it('join up to every matching passage, newest first, even where an id’s time is not its own or a row is missing', async () => {
    const record = fc.record({
      // Minutes over about three days, so batches span many windows.
      minute: fc.integer({ min: 0, max: 4000 }),
      // Now and then the id is from later than the passage (the clock was set back meanwhile).
      drift: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 600 })),
      gate: fc.constantFrom('east', 'west'),
      verdict: fc.constantFrom('pass', 'deny'),
      // Most passages have their log row by the time of an export; some not yet.
      row: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
    });
    const filter = fc.record({
      gateId: fc.constantFrom('', 'east'),
      verdict: fc.constantFrom('', 'deny'),
      from: fc.option(fc.integer({ min: 0, max: 4000 })),
      to: fc.option(fc.integer({ min: 0, max: 4000 })),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 400, size: 'max' }), filter, async (records, f) => {
        await db().passages.clear();
        const rows = records.map((r, i) => {
          const at = NOW + r.minute * 60_000;
          return {
            ...passage(at, i),
            id: newId(at + r.drift * 60_000),
            gateId: r.gate,
            verdict: r.verdict as Passage['verdict'],
          };
        });
        await db().passages.bulkAdd(rows);
        await fillPassageRows();
        await db().passageRows.bulkDelete(rows.filter((_, i) => !records[i]?.row).map((p) => p.id));
        const lf: LogFilter = {
          ...NO_FILTER,
          ...f,
          from: f.from === null ? null : NOW + f.from * 60_000,
          to: f.to === null ? null : NOW + f.to * 60_000,
        } as LogFilter;
        const got: string[] = [];
        for await (const batch of passageBatches(lf)) got.push(...batch.map((r) => r[0]));
        expect(got).toEqual(reference(rows, lf));
      }),
      { numRuns: 40 },
    );
  });
});

describe('a window’s rows while the rows are being filled', () => {
  it('are every passage of the window at every step of the filler, reads and fill chunks interleaved', async () => {
    await db().passages.clear();
    // 120 passages over two days without rows; every fifth has an id from later than its time
    // (the clock set back), so its row lies outside the window's key range. The ids are made from
    // their time here: the app's generator never goes back, and this file's records are at NOW.
    const rows = Array.from({ length: 120 }, (_, i) => {
      const at = NOW - i * 24 * 60_000;
      const idTime = i % 5 === 0 ? at + 90 * 60_000 : at;
      return { ...passage(at, i), id: `${encodeTime(idTime, 10)}${String(i).padStart(16, '0')}` };
    });
    await db().passages.bulkAdd(rows);
    const lo = NOW - 24 * 3_600_000;
    const hi = NOW - 3_600_000;
    const expected = rows
      .filter((p) => p.at >= lo && p.at <= hi)
      .map((p) => p.id)
      .sort();
    // Small chunks: the filler commits a dozen times, each with its pause, while the reads go on.
    let filling = true;
    const fill = fillPassageRows(10).finally(() => {
      filling = false;
    });
    const seen: number[] = [];
    while (filling) {
      const got = await passageRowsBetween(lo, hi);
      expect(got.map((r) => r[0]).sort()).toEqual(expected);
      seen.push(await db().passageRows.count());
    }
    expect(await fill).toBe(120);
    // The reads really fell between the chunks: some saw a part of the rows.
    expect(seen.some((n) => n > 0 && n < 120)).toBe(true);
    expect((await passageRowsBetween(lo, hi)).map((r) => r[0]).sort()).toEqual(expected);
  });
});
