import { describe, expect, it } from 'vitest';
import { gateDate, matchItinerary, regionsOverlap } from './itinerary.ts';
import { NOW } from './test-fixtures.ts';
import type { RiskArea } from './types.ts';

// NOW is 2026-11-23 08:00 UTC = 16:00 at the gate.
const area = (region: string, from = '2026-11-01', to = '2026-11-30'): RiskArea => ({
  region,
  level: 'medium',
  from,
  to,
});

describe('regionsOverlap', () => {
  it.each([
    ['110105', '110000', true, 'a province covers its districts'],
    ['440305', '440300', true, 'a city covers its districts'],
    ['440305', '440305', true, 'a district covers itself'],
    ['440306', '440305', false, 'a neighbouring district'],
    ['440100', '440300', false, 'another city of the province'],
    ['440300', '440305', true, 'a city stop contains a listed district'],
    ['440000', '440305', true, 'a province stop contains a listed district'],
    ['310000', '110000', false, 'another province'],
    ['4403', '440300', false, 'a malformed stop code'],
    ['440305', 'abcdef', false, 'a malformed area code'],
  ])('%s in %s: %s (%s)', (stop, region, expected) => {
    expect(regionsOverlap(stop, region)).toBe(expected);
  });
});

describe('gateDate', () => {
  it('is the calendar day in China Standard Time', () => {
    expect(gateDate(NOW)).toBe('2026-11-23');
    expect(gateDate(Date.UTC(2026, 10, 22, 16))).toBe('2026-11-23');
    expect(gateDate(Date.UTC(2026, 10, 22, 15, 59))).toBe('2026-11-22');
  });
});

describe('matchItinerary', () => {
  it('finds a stop inside a listed area while it was listed', () => {
    const hits = matchItinerary([{ region: '440305', date: '2026-11-20' }], [area('440300')], NOW);
    expect(hits).toEqual([{ stop: { region: '440305', date: '2026-11-20' }, area: area('440300') }]);
  });

  it.each([
    ['2026-11-23', 1, 'today'],
    ['2026-11-09', 1, 'the 14th day before today'],
    ['2026-11-08', 0, 'the 15th day before today'],
    ['2026-11-24', 0, 'a day still to come'],
    ['20261120', 0, 'an unreadable date'],
  ])('a stop on %s gives %d hit(s) (%s)', (date, count) => {
    expect(matchItinerary([{ region: '440305', date }], [area('440300', '2026-10-01')], NOW)).toHaveLength(
      count,
    );
  });

  it('keeps to the area’s own dates, inclusive', () => {
    const listed = [area('440300', '2026-11-15', '2026-11-18')];
    const on = (date: string) => matchItinerary([{ region: '440305', date }], listed, NOW).length;
    expect([on('2026-11-14'), on('2026-11-15'), on('2026-11-18'), on('2026-11-19')]).toEqual([0, 1, 1, 0]);
  });

  it('uses the window given', () => {
    const stops = [{ region: '440305', date: '2026-11-10' }];
    expect(matchItinerary(stops, [area('440300')], NOW, 7)).toHaveLength(0);
    expect(matchItinerary(stops, [area('440300')], NOW, 14)).toHaveLength(1);
  });

  it('reports every stop and area that meet, in stop order', () => {
    const stops = [
      { region: '110105', date: '2026-11-19' },
      { region: '310101', date: '2026-11-20' },
      { region: '440305', date: '2026-11-21' },
    ];
    const areas = [area('440300'), area('110000'), area('440305')];
    const hits = matchItinerary(stops, areas, NOW).map((h) => `${h.stop.region}>${h.area.region}`);
    expect(hits).toEqual(['110105>110000', '440305>440300', '440305>440305']);
  });

  it('finds nothing without stops or areas', () => {
    expect(matchItinerary([], [area('440300')], NOW)).toEqual([]);
    expect(matchItinerary([{ region: '440305', date: '2026-11-20' }], [], NOW)).toEqual([]);
  });
});
