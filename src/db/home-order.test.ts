import { describe, expect, it } from 'vitest';
import { byHome, naturalCompare } from './home-order.ts';
import { testResident } from './test-records.ts';

const NOW = Date.UTC(2026, 10, 23, 2);

describe('natural order of homes', () => {
  it('compares numbers by value: 101 before 1001, building 9 before 10', () => {
    const rooms = ['1001', '101', '1201', '201', '99', 'B01', '102'];
    expect([...rooms].sort(naturalCompare)).toEqual(['99', '101', '102', '201', '1001', '1201', 'B01']);
    expect(naturalCompare('9', '10')).toBeLessThan(0);
    expect(naturalCompare('10', '9')).toBeGreaterThan(0);
    expect(naturalCompare('3栋', '12栋')).toBeLessThan(0);
    expect(naturalCompare(null, '1')).toBeLessThan(0);
    expect(naturalCompare('', '')).toBe(0);
  });

  it('sorts residents by building, unit, then room, each numerically, then by name', () => {
    const at = (building: string, unit: string | null, room: string, name = '张三') =>
      testResident(room, NOW, { id: `${building}-${unit}-${room}-${name}`, building, unit, name });
    const people = [
      at('10', '1', '101'),
      at('2', '1', '1001'),
      at('2', '1', '101', '李四'),
      at('2', '1', '101', '王五'),
      at('2', '2', '101'),
      at('2', null, '301'),
      at('9', '1', '1201'),
    ];
    expect(byHome(people).map((p) => p.id)).toEqual([
      '2-null-301-张三',
      '2-1-101-李四',
      '2-1-101-王五',
      '2-1-1001-张三',
      '2-2-101-张三',
      '9-1-1201-张三',
      '10-1-101-张三',
    ]);
    // The argument is left as it was (it may be the console's kept list).
    expect(people[0]?.id).toBe('10-1-101-张三');
  });
});
