import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemperature } from './temperature.ts';

describe('parseTemperature', () => {
  it.each([
    ['36.5', 36.5],
    ['36', 36],
    ['34.0', 34],
    ['42.5', 42.5],
    [' 37.3 ', 37.3],
    ['36.8℃', 36.8],
    ['36.8 °C', 36.8],
    ['37.1度', 37.1],
  ])('takes %j as %d', (text, celsius) => {
    expect(parseTemperature(text)).toEqual({ ok: true, celsius });
  });

  it.each([
    ['3.65', 'out-of-range', 36.5],
    ['365', 'out-of-range', 36.5],
    ['3650', 'out-of-range', 36.5],
    ['0365', 'out-of-range', 36.5],
    ['36.5.', 'not-a-number', 36.5],
    ['３６.５', 'not-a-number', 36.5],
    ['３６．５', 'not-a-number', 36.5],
    ['36,5', 'not-a-number', 36.5],
    ['36，5', 'not-a-number', 36.5],
    ['36。5', 'not-a-number', 36.5],
    ['3,65', 'not-a-number', 36.5],
    ['36.55', 'not-a-number', 36.6],
    ['98.6', 'out-of-range', 37],
    ['375', 'out-of-range', 37.5],
  ])('refuses %j (%s) and suggests %d', (text, reason, suggestion) => {
    expect(parseTemperature(text)).toEqual({ ok: false, reason, suggestion });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['℃', 'empty'],
    ['abc', 'not-a-number'],
    ['36.5.5', 'not-a-number'],
    ['-36.5', 'not-a-number'],
    ['1e2', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['42.6', 'out-of-range'],
    ['33.9', 'out-of-range'],
    ['4', 'out-of-range'],
    ['0', 'out-of-range'],
    ['99999999999999999999', 'out-of-range'],
  ])('refuses %j (%s) with no suggestion', (text, reason) => {
    expect(parseTemperature(text)).toEqual({ ok: false, reason, suggestion: null });
  });

  it('never throws, and any ok value or suggestion is a one-decimal reading in 34.0-42.5', () => {
    const inRange = (c: number) => c >= 34 && c <= 42.5 && Math.round(c * 10) / 10 === c;
    const typed = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[0-9０-９.,，。 ]{0,6}$/),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(typed, (text) => {
        const r = parseTemperature(text);
        if (r.ok) expect(inRange(r.celsius)).toBe(true);
        else if (r.suggestion !== null) expect(inRange(r.suggestion)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes every one-decimal reading in range as typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 340, max: 425 }), (tenths) => {
        const text = (tenths / 10).toFixed(1);
        expect(parseTemperature(text)).toEqual({ ok: true, celsius: tenths / 10 });
      }),
    );
  });
});
