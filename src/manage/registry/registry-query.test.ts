import { describe, expect, it } from 'vitest';
import { testResident } from '../../db/test-records.ts';
import type { Person } from '../../db/types.ts';
import { matchesQuery, readRegistryQuery } from './registry-query.ts';

const NOW = Date.UTC(2026, 10, 23, 2);
const home = (building: string, unit: string | null, room: string, over: Partial<Person> = {}) =>
  testResident(room, NOW, { id: `${building}-${unit}-${room}`, building, unit, ...over });

const people: Person[] = [
  home('1', '1', '101', { name: '张三丰', phone: '13812341234' }),
  home('1', '2', '101', { name: '李四' }),
  home('2', '1', '101', { name: '王五' }),
  home('1', '1', '1001', { name: '赵六' }),
  home('5', null, '101', { name: '钱七' }),
  {
    ...home('', null, '', { name: '陈建华', phone: '13800001111', kind: 'courier' }),
    id: 'courier',
    building: null,
    room: null,
    company: '顺丰速运',
    plate: '粤B·12345',
  },
];
const found = (text: string) =>
  people.filter((p) => matchesQuery(p, readRegistryQuery(text))).map((p) => p.id);

describe('the registry search read as an office types it', () => {
  it('reads a home in the forms the importer reads', () => {
    expect(readRegistryQuery('101').home).toEqual({ building: null, unit: null, room: '101' });
    expect(readRegistryQuery('101室').home).toEqual({ building: null, unit: null, room: '101' });
    expect(readRegistryQuery('1-1-101').home).toEqual({ building: '1', unit: '1', room: '101' });
    expect(readRegistryQuery('1栋1单元101').home).toEqual({ building: '1', unit: '1', room: '101' });
    expect(readRegistryQuery('3号楼二单元1201室').home).toEqual({ building: '3', unit: '2', room: '1201' });
    expect(readRegistryQuery('1-101').home).toEqual({ building: '1', unit: null, room: '101' });
    expect(readRegistryQuery('1栋101').home).toEqual({ building: '1', unit: null, room: '101' });
    expect(readRegistryQuery('张三').home).toBeNull();
    expect(readRegistryQuery('粤B12345').home).toBeNull();
    expect(readRegistryQuery('  ')).toEqual({ text: '', home: null });
  });

  it('finds a room in every building, a building and room in every unit, a whole home exactly', () => {
    expect(found('101')).toEqual(['1-1-101', '1-2-101', '2-1-101', '5-null-101']);
    expect(found('1-101')).toEqual(['1-1-101', '1-2-101']);
    expect(found('1-1-101')).toEqual(['1-1-101']);
    expect(found('1栋1单元101')).toEqual(['1-1-101']);
    expect(found('1栋1单元101室')).toEqual(['1-1-101']);
    expect(found('1001')).toEqual(['1-1-1001']);
  });

  it('finds by name, phone start or last digits, building, plate and company', () => {
    expect(found('')).toHaveLength(people.length);
    expect(found('张三')).toEqual(['1-1-101']);
    expect(found('三丰')).toEqual(['1-1-101']);
    expect(found('1381234')).toEqual(['1-1-101']);
    // The last 4 digits of a phone, and digits inside a plate.
    expect(found('1234')).toEqual(['1-1-101', 'courier']);
    expect(found('5')).toEqual(['5-null-101']);
    expect(found('粤B12345')).toEqual(['courier']);
    expect(found('粤b 12345')).toEqual(['courier']);
    expect(found('12345')).toEqual(['courier']);
    expect(found('顺丰')).toEqual(['courier']);
    expect(found('京A')).toEqual([]);
  });
});
