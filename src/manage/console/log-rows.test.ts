import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LoggedPassage, rowOf } from '../../db/log/rows.ts';
import type { Person } from '../../db/types.ts';
import { csvLines } from '../../policy/csv-write.ts';
import { formatTime, logCsvWriter, logRowWriter } from './log-rows.ts';

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

describe('the CSV line writer', () => {
  // Text that CSV must quote or neutralise, and plain text, Chinese included.
  const text = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('', '=1+1', '-3', '@x', 'a,b', 'say "hi"', 'two\r\nlines', '王芳', '东门'),
  );
  const code = <T extends string>(...known: T[]) => fc.oneof(fc.constantFrom(...known), text);
  const passage: fc.Arbitrary<LoggedPassage> = fc.record(
    {
      id: text,
      at: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
      gateId: text,
      direction: code('in', 'out'),
      verdict: code('pass', 'review', 'deny', 'recorded'),
      reasons: fc.array(code('fever', 'mask-none', 'unregistered', 'code-red'), { maxLength: 3 }),
      personId: fc.option(text),
      check: fc.record({
        temperaturesC: fc.array(fc.double({ min: -5, max: 45, noNaN: true }), { maxLength: 2 }),
        mask: fc.option(code('ok', 'improper', 'none')),
        colour: fc.option(code('green', 'yellow', 'red')),
        colourSource: fc.option(code('verified', 'attested', 'declared')),
        volunteer: text,
        policyVersion: fc.integer({ min: -2, max: 9 }),
      }),
    },
    { requiredKeys: ['id', 'at', 'gateId', 'direction', 'verdict', 'reasons', 'personId'] },
  ) as fc.Arbitrary<LoggedPassage>;
  const person: fc.Arbitrary<Person | undefined> = fc.option(
    fc.record({ name: text, phone: fc.option(text), plate: fc.option(text) }).map(
      (p) =>
        ({
          ...p,
          id: 'p1',
          kind: 'resident',
          building: null,
          unit: null,
          room: null,
          status: 'normal',
          registeredUntil: null,
          updatedAt: 0,
        }) as Person,
    ),
    { nil: undefined },
  );

  it('writes what csvLines makes of the table row, for any passage and person', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(passage, person), { minLength: 1, maxLength: 6 }), (rows) => {
        // One writer for the whole run, as in an export: its memos must never leak one row into another.
        const line = logCsvWriter();
        const cells = logRowWriter();
        for (const [p, who] of rows) expect(line(rowOf(p), who)).toBe(csvLines([cells(p, who)]));
      }),
      { numRuns: 300 },
    );
  });
});
