import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTime } from './log-rows.ts';

describe('formatTime', () => {
  it('reads as zh-CN’s numeric 24-hour date and time, any moment of 2000-2099', () => {
    const intl = new Intl.DateTimeFormat('zh-CN', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        expect(formatTime(ms)).toBe(intl.format(ms));
      }),
    );
    expect(formatTime(new Date(2026, 10, 23, 9, 5, 7).getTime())).toBe('2026/11/23 09:05:07');
  });
});
