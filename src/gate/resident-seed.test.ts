import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResidentSeed } from './resident-seed.ts';

const NOW = Date.UTC(2026, 10, 23);

describe('resident seed list', () => {
  it('reads residents with Chinese or English statuses, skipping a header and comments', () => {
    const r = parseResidentSeed(
      'id,name,building,unit,room,status,phone\n# 3号楼\nR1,张三丰,3,2,1201,居家隔离,13812341234\nR2，李四，3，2，1202，normal',
      NOW,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.people.map((p) => [p.id, p.status, p.phone])).toEqual([
      ['R1', 'home-quarantine', '13812341234'],
      ['R2', 'normal', null],
    ]);
  });

  it('refuses the whole list with line numbers when any line is bad', () => {
    const r = parseResidentSeed(
      'R1,张三,3,2,1201,normal\nR2,,3,2,1202,normal\nR3,王五,3,2,1203,sick\nR1,赵六,3,2,1204,normal',
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4]);
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseResidentSeed(s, NOW).ok === 'boolean'));
  });
});
