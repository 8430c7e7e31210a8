import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDb } from './index.ts';
import { importPeople, searchPeople } from './people.ts';
import { createDb } from './schema.ts';
import type { Person } from './types.ts';

const NOW = Date.UTC(2026, 10, 23, 2);
const resident = (id: string, name: string, building: string): Person => ({
  id,
  kind: 'resident',
  name,
  phone: `1380000${id.padStart(4, '0')}`,
  building,
  unit: '1',
  room: '101',
  status: 'normal',
  registeredUntil: null,
  updatedAt: NOW,
});

describe('registry import', () => {
  beforeEach(async () => {
    await createDb().delete();
    useDb(createDb());
  });

  it('writes every person and one audit line together', async () => {
    await importPeople([resident('1', '张三', '3'), resident('2', '李四', '4')], '王经理', 'a.csv', NOW);
    expect(await db().people.count()).toBe(2);
    const audit = await db().audit.toArray();
    expect(audit.map((a) => a.action)).toEqual(['import']);
  });

  it('a failing record aborts the whole import: nothing is written, not even the audit line', async () => {
    await importPeople([resident('1', '张三', '3')], '王经理', 'a.csv', NOW);
    const broken = { ...resident('9', '坏', '9'), id: undefined } as unknown as Person;
    await expect(
      importPeople([resident('2', '李四', '4'), broken], '王经理', 'b.csv', NOW),
    ).rejects.toThrow();
    expect((await db().people.toArray()).map((p) => p.id)).toEqual(['1']);
    expect(await db().audit.count()).toBe(1);
  });

  it('finds people by name, phone prefix or building through the indexes', async () => {
    await importPeople([resident('1', '张三', '3'), resident('2', '李四', '4')], '王经理', 'a.csv', NOW);
    expect((await searchPeople(['resident'], '张')).map((p) => p.id)).toEqual(['1']);
    expect((await searchPeople(['resident'], '13800000002')).map((p) => p.id)).toEqual(['2']);
    expect((await searchPeople(['resident'], '4')).map((p) => p.id)).toEqual(['2']);
    expect(await searchPeople(['courier'], '')).toEqual([]);
  });
});
