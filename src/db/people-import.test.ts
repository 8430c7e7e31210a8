import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDb } from './index.ts';
import { deletePerson, importPeople, peopleOfKinds } from './people.ts';
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

  // The search by name, phone, building and room is the registry's (manage/registry/registry-query.test.ts).
  it('reads the people of the kinds asked for, all of them', async () => {
    await importPeople([resident('1', '张三', '3'), resident('2', '李四', '4')], '王经理', 'a.csv', NOW);
    expect((await peopleOfKinds(['resident'])).map((p) => p.id).sort()).toEqual(['1', '2']);
    expect(await peopleOfKinds(['courier', 'visitor'])).toEqual([]);
  });

  it('deletes a person who moved out with its audit line; their passages stay', async () => {
    await importPeople([resident('1', '张三', '3'), resident('2', '李四', '4')], '王经理', 'a.csv', NOW);
    await db().passages.add({
      id: '01PASSAGE',
      at: NOW,
      gateId: 'east',
      deviceId: 'dev-1',
      direction: 'in',
      codeHash: 'h',
      codeFormat: 'estate-pass',
      verdict: 'pass',
      reasons: [],
      personId: '1',
    });
    expect(await deletePerson('1', '陈经理', NOW + 1)).toMatchObject({ id: '1', name: '张三' });
    expect((await db().people.toArray()).map((p) => p.id)).toEqual(['2']);
    expect(await db().passages.get('01PASSAGE')).toMatchObject({ personId: '1', verdict: 'pass' });
    const [entry] = (await db().audit.toArray()).filter((a) => a.action === 'delete');
    expect(entry).toMatchObject({ who: '陈经理', at: NOW + 1, detail: 'resident 1' });
    // Nobody to delete: nothing written, nothing audited.
    expect(await deletePerson('1', '陈经理', NOW + 2)).toBeNull();
    expect((await db().audit.toArray()).filter((a) => a.action === 'delete')).toHaveLength(1);
  });
});
