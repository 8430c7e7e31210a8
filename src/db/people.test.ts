import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, useDb } from './index.ts';
import { dropKeptResidents, findPeople, residentsKept } from './people.ts';
import { createDb } from './schema.ts';
import { testResident } from './test-records.ts';
import type { Person } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 2);
const resident = (id: string, room: string): Person => testResident(room, NOW, { id });

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('not reached');
}

describe('residents kept in memory for the dashboard', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
    await db().people.bulkAdd([resident('r1', '101'), resident('r2', '102')]);
  });
  afterEach(() => dropKeptResidents());

  it('reads once, then follows writes to the people table', async () => {
    expect((await residentsKept()).map((p) => p.id).sort()).toEqual(['r1', 'r2']);
    await db().people.add(resident('r3', '103'));
    await db().people.update('r1', { status: 'home-quarantine' });
    // The live query catches up with both writes (it may see the first one alone on the way).
    await until(async () => {
      const kept = await residentsKept();
      return kept.length === 3 && kept.find((p) => p.id === 'r1')?.status === 'home-quarantine';
    });
    // Couriers are not residents: a courier's registration changes nothing kept.
    await db().people.add({ ...resident('c1', ''), kind: 'courier' });
    await new Promise((r) => setTimeout(r, 50));
    expect((await residentsKept()).map((p) => p.id).sort()).toEqual(['r1', 'r2', 'r3']);
  });

  it('a new database (a restore) is read afresh, and dropping lets go of the old one', async () => {
    await residentsKept();
    await createDb().delete();
    useDb(createDb());
    expect(await residentsKept()).toEqual([]);
    dropKeptResidents();
    await db().people.add(resident('r9', '109'));
    expect((await residentsKept()).map((p) => p.id)).toEqual(['r9']);
  });
});

describe('finding people without a phone at the gate', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
    await db().people.bulkAdd([
      testResident('901', NOW, { id: 'a', unit: '2', name: '钱明' }),
      testResident('901', NOW, { id: 'b', unit: '2', name: '钱红' }),
      testResident('902', NOW, { id: 'c', unit: '3' }),
      testResident('901', NOW, { id: 'd', building: '10', unit: '2' }),
      testResident('101', NOW, { id: 'e', building: '7', unit: null }),
    ]);
  });
  const ids = async (q: Parameters<typeof findPeople>[0]) => (await findPeople(q)).map((p) => p.id).sort();

  it('a room without its unit is that room in any unit of the building, and only that building', async () => {
    expect(await ids({ building: '1', room: '901' })).toEqual(['a', 'b']);
    expect(await ids({ building: '1', room: '902' })).toEqual(['c']);
    expect(await ids({ building: '1', unit: '2', room: '901' })).toEqual(['a', 'b']);
    expect(await ids({ building: '1', room: '903' })).toEqual([]);
  });

  it('a building alone, a building with a name, a name alone; a building without units', async () => {
    expect(await ids({ building: '1' })).toEqual(['a', 'b', 'c']);
    expect(await ids({ building: '1', name: '钱红' })).toEqual(['b']);
    expect(await ids({ name: '钱' })).toEqual(['a', 'b']);
    expect(await ids({ building: '7', room: '101' })).toEqual(['e']);
  });
});
