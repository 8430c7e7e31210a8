import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { encodeTime } from 'ulid';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpAll, restoreAll } from '../backup.ts';
import { db, newId, useDb } from '../index.ts';
import { recordCheck } from '../passages.ts';
import { purgePersonalData, saveRetentionDays } from '../retention.ts';
import { createDb, DB_NAME } from '../schema.ts';
import { verifiedCheck } from '../test-records.ts';
import type { Passage } from '../types.ts';
import { fillPassageRows, fillRowsWhenQuiet } from './fill-rows.ts';
import { NO_FILTER, passageBatches } from './queries.ts';
import { fromRow, type LoggedPassage, type PassageRow, rowOf } from './rows.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY = 86_400_000;

function passage(at: number, i: number, withCheck = i % 3 !== 0): Passage {
  return {
    id: newId(at),
    at,
    gateId: i % 2 === 0 ? 'east' : 'west',
    deviceId: 'dev-1',
    direction: i % 2 === 0 ? 'in' : 'out',
    codeHash: `h${i}`,
    codeFormat: 'estate-pass',
    verdict: i % 4 === 0 ? 'deny' : 'pass',
    reasons: i % 4 === 0 ? ['fever'] : [],
    personId: `p${i % 7}`,
    chain: { prev: 'a'.repeat(64), personal: 'b'.repeat(64), hash: 'c'.repeat(64) },
    ...(withCheck
      ? {
          check: verifiedCheck({ temperaturesC: [36.4 + (i % 5) / 10], policyVersion: 2 }),
        }
      : {}),
  };
}

/** What a log row shows of a passage. */
function logged(p: Passage): LoggedPassage {
  const { id, at, gateId, direction, verdict, reasons, personId, check } = p;
  const out: LoggedPassage = { id, at, gateId, direction, verdict, reasons, personId };
  if (check) {
    const { temperaturesC, mask, colour, colourSource, volunteer, policyVersion } = check;
    out.check = { temperaturesC, mask, colour, colourSource, volunteer, policyVersion };
  }
  return out;
}

/** Every stored row by key, and what the stored passages say the rows must be. */
async function rowsAndExpected(): Promise<{
  rows: Map<string, PassageRow>;
  expected: Map<string, PassageRow>;
}> {
  const d = db();
  const [keys, values, passages] = await Promise.all([
    d.passageRows.toCollection().primaryKeys(),
    d.passageRows.toArray(),
    d.passages.toArray(),
  ]);
  return {
    rows: new Map(keys.map((k, i) => [k, values[i] as PassageRow])),
    expected: new Map(passages.map((p) => [p.id, rowOf(p)])),
  };
}

beforeEach(async () => {
  await db().delete();
  useDb(createDb());
});

describe('passage rows', () => {
  it('hold what a log row shows of a passage, with or without its check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.boolean(), (i, withCheck) => {
        const p = passage(NOW + i, i, withCheck);
        expect(fromRow(rowOf(p))).toEqual(logged(p));
      }),
    );
  });

  it('are written after the gate’s check, never in its transaction', async () => {
    const { id: _, ...record } = passage(NOW, 1);
    const { passage: stored } = await recordCheck(record, []);
    expect(await db().passageRows.get(stored.id)).toBeUndefined();
    expect(await fillPassageRows()).toBe(1);
    expect(await db().passageRows.get(stored.id)).toEqual(rowOf(stored));
    // Once the gate has been quiet a moment, a burst of checks gets its rows.
    const burst: Passage[] = [];
    for (let i = 0; i < 3; i++) {
      burst.push((await recordCheck({ ...record, at: NOW + i + 1 }, [])).passage);
      fillRowsWhenQuiet(20);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db().passageRows.bulkGet(burst.map((p) => p.id))).toEqual(burst.map(rowOf));
    // A queue that never lets up still gets its rows, at the latest maxMs after its first check.
    const queue: Passage[] = [];
    for (let i = 0; i < 12; i++) {
      queue.push((await recordCheck({ ...record, at: NOW + 10 + i }, [])).passage);
      fillRowsWhenQuiet(100, 150);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    const first = await db().passageRows.get(queue[0]?.id ?? '');
    expect(first).toEqual(queue[0] && rowOf(queue[0]));
    // A write transaction that fails leaves neither the passage nor its row.
    const d = db();
    const lost = passage(NOW + 1, 2);
    await expect(
      d.transaction('rw', d.passages, async () => {
        await d.passages.add(lost);
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await d.passages.get(lost.id)).toBeUndefined();
    expect(await d.passageRows.get(lost.id)).toBeUndefined();
  });

  it('are written for a check stored below passages dated later (a clock set back)', async () => {
    const d = db();
    await d.passages.bulkAdd([passage(NOW + 3 * DAY, 1), passage(NOW + 4 * DAY, 2)]);
    expect(await fillPassageRows(7, NOW)).toBe(2);
    // A check stored now, its id below the later-dated passages' (the gate's clock was ahead).
    const stored = { ...passage(NOW, 3), id: `${encodeTime(NOW, 10)}${'0'.repeat(16)}` };
    await d.passages.add(stored);
    expect(await fillPassageRows(7, NOW)).toBe(1);
    expect(await d.passageRows.get(stored.id)).toEqual(rowOf(stored));
    // Older than two days below the mark: left to the export's count check (it reads the passage).
    const old = { ...passage(NOW - 3 * DAY, 4), id: `${encodeTime(NOW - 3 * DAY, 10)}${'0'.repeat(16)}` };
    await d.passages.add(old);
    expect(await fillPassageRows(7, NOW)).toBe(0);
    expect(await d.passageRows.get(old.id)).toBeUndefined();
  });

  it('never disagree with their passages, whatever adds, puts, deletes, clears and fills come', async () => {
    type Op =
      | { kind: 'add'; n: number }
      | { kind: 'anonymise' | 'delete'; pick: number }
      | { kind: 'deleteOlder'; minute: number }
      | { kind: 'clear' | 'fill' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), n: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constantFrom('anonymise' as const, 'delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('deleteOlder' as const), minute: fc.integer({ min: 0, max: 200 }) }),
      fc.record({ kind: fc.constantFrom('clear' as const, 'fill' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const d = db();
        await d.passages.clear();
        let i = 0;
        for (const o of ops) {
          const ids = await d.passages.toCollection().primaryKeys();
          const target = 'pick' in o ? ids[o.pick % Math.max(ids.length, 1)] : undefined;
          if (o.kind === 'add') {
            await d.passages.bulkAdd(
              Array.from({ length: o.n }, () => passage(NOW + (i % 200) * 60_000, i++)),
            );
          } else if (o.kind === 'anonymise' && target) {
            await d.passages.where('id').equals(target).modify({ personId: null, codeHash: null });
          } else if (o.kind === 'delete' && target) {
            await d.passages.delete(target);
          } else if (o.kind === 'deleteOlder') {
            await d.passages
              .where('at')
              .below(NOW + o.minute * 60_000)
              .delete();
          } else if (o.kind === 'clear') {
            await d.passages.clear();
          } else if (o.kind === 'fill') {
            await fillPassageRows(3);
          }
        }
        // Rows may be missing (not filled yet), never stale or without their passage.
        let { rows, expected } = await rowsAndExpected();
        for (const [id, row] of rows) expect(row).toEqual(expected.get(id));
        await fillPassageRows(3);
        ({ rows, expected } = await rowsAndExpected());
        expect(rows).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('follow the retention purge and a restore', async () => {
    const d = db();
    await d.passages.bulkAdd([passage(NOW - 40 * DAY, 1), passage(NOW - 2 * DAY, 2), passage(NOW, 3)]);
    await fillPassageRows();
    await saveRetentionDays(30, '王经理', NOW);
    expect(await purgePersonalData(NOW, 'test')).toMatchObject({ passages: 1 });
    let { rows, expected } = await rowsAndExpected();
    expect(rows).toEqual(expected);
    expect([...rows.values()].filter((r) => r[6] === null)).toHaveLength(1);
    const dump = await dumpAll(NOW);
    expect(Object.keys(dump.tables)).not.toContain('passageRows');
    await d.passages.bulkAdd([passage(NOW + 1, 4), passage(NOW + 2, 5)]);
    await fillPassageRows();
    await restoreAll(dump, '王经理', Date.now());
    // A restore merges: the passages recorded since stay, and every row still matches its passage.
    ({ rows, expected } = await rowsAndExpected());
    expect(rows).toEqual(expected);
    expect(rows.size).toBe(5);
    // Passages lost here come back from the file, each with its row.
    await d.passages.clear();
    await restoreAll(dump, '王经理', Date.now());
    await fillPassageRows();
    ({ rows, expected } = await rowsAndExpected());
    expect(rows).toEqual(expected);
    expect(rows.size).toBe(3);
  });
});

describe('older passages', () => {
  it('get their rows in the background; an export in the meantime misses none', async () => {
    // A tablet upgraded from the first schema: its passages have no rows.
    await db().delete();
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores({
      passages: 'id, at, [gateId+at], [verdict+at], *reasons, personId, codeHash',
      people: 'id, kind, name, phone, [building+unit+room]',
      flags: 'id, at, [status+at], kind, passageId',
      settings: 'key',
      ledger: 'id, at, status, personId',
    });
    const old = Array.from({ length: 250 }, (_, i) => passage(NOW - i * 60_000, i));
    await v1.table('passages').bulkAdd(old);
    v1.close();
    useDb(createDb());
    const d = db();
    expect(await d.passages.count()).toBe(250);
    expect(await d.passageRows.count()).toBe(0);
    // Two new checks; a few old passages got rows some other way.
    await d.passages.bulkAdd([passage(NOW + 1000, 1), passage(NOW + 2000, 2)]);
    await d.passageRows.bulkPut(
      old.slice(0, 5).map(rowOf),
      old.slice(0, 5).map((p) => p.id),
    );
    const exported = async () => {
      const ids: string[] = [];
      for await (const batch of passageBatches(NO_FILTER)) ids.push(...batch.map((r) => r[0]));
      return ids;
    };
    const everything = (await d.passages.toArray()).sort((a, b) => b.at - a.at).map((p) => p.id);
    expect(await exported()).toEqual(everything);
    expect(await fillPassageRows(7)).toBe(247);
    const { rows, expected } = await rowsAndExpected();
    expect(rows).toEqual(expected);
    expect(await exported()).toEqual(everything);
    // Later runs go on from where the last one ended.
    expect(await fillPassageRows(7)).toBe(0);
    await d.passages.bulkAdd([passage(NOW + 3000, 3)]);
    expect(await fillPassageRows(7)).toBe(1);
  });
});
