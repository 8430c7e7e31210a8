import { describe, expect, it } from 'vitest';
import type { Person } from '../db/index.ts';
import { lookupLabels, readLookup } from './lookup-query.ts';

const q = (building: string, unit = '', room = '', name = '') => ({ building, unit, room, name });

describe('readLookup', () => {
  it.each([
    ['1-901', q('1', '', '901')],
    ['1 901', q('1', '', '901')],
    [' 1 - 2 - 901 ', q('1', '2', '901')],
    ['1栋2单元901室', q('1', '2', '901')],
    ['1号楼901', q('1', '', '901')],
    ['12', q('12')],
  ])('reads "%s" typed in the building field', (typed, read) => expect(readLookup(q(typed))).toEqual(read));

  it('leaves an address split over the fields as it is (trimmed)', () => {
    expect(readLookup(q(' 1 ', '', ' 901 '))).toEqual(q('1', '', '901'));
    expect(readLookup(q('1-2', '', '901'))).toEqual(q('1-2', '', '901'));
  });
});

const person = (name: string, phone: string | null, room = '901'): Person => ({
  id: `${name}${room}`,
  kind: 'resident',
  name,
  phone,
  building: '1',
  unit: '2',
  room,
  status: 'normal',
  registeredUntil: null,
  updatedAt: 0,
});

describe('lookupLabels', () => {
  it('tells apart a household: the name for choosing, and the phone tail only where names collide', () => {
    const labels = lookupLabels([
      person('钱明', '13800001111'),
      person('钱红', '13900002222'),
      person('钱小明', '13700003333'),
      person('钱大明', null),
      person('钱大明', '13600004444', '902'),
    ]);
    expect(labels).toEqual([
      { name: '钱*明', address: '1-2-901', phoneTail: '1111' },
      { name: '钱*红', address: '1-2-901', phoneTail: null },
      { name: '钱*明', address: '1-2-901', phoneTail: '3333' },
      { name: '钱*明', address: '1-2-901', phoneTail: null },
      { name: '钱*明', address: '1-2-902', phoneTail: null },
    ]);
  });
});
