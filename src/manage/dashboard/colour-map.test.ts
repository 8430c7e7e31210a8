import { describe, expect, it } from 'vitest';
import type { Person } from '../../db/index.ts';
import { boardColour, colourCounts, households, vaccinationBoard } from './colour-map.ts';
import { dayHours, flagsByKind, periodDays, startOfDay, sumHours } from './periods.ts';

const NOW = new Date(2026, 10, 23, 10, 30).getTime();
const DAY = 86_400_000;

function person(over: Partial<Person>): Person {
  return {
    id: Math.random().toString(36),
    kind: 'resident',
    name: '张三',
    phone: null,
    building: '1',
    unit: '1',
    room: '101',
    status: 'normal',
    registeredUntil: null,
    updatedAt: NOW,
    vaccineDoses: 2,
    vaccineSeries: 2,
    ...over,
  };
}

describe('four-colour map', () => {
  it('colours each household by its most severe member, only while the status period holds', () => {
    const list = households(
      [
        person({ room: '101', status: 'home-monitoring' }),
        person({ room: '101', status: 'central-quarantine', statusFrom: NOW - DAY, statusTo: NOW + DAY }),
        person({ room: '102', status: 'home-quarantine' }),
        person({ room: '103', status: 'home-monitoring', statusTo: NOW - DAY, vaccineDoses: 1 }),
        person({ room: '104' }),
        person({ room: '105', status: 'home-monitoring', statusFrom: NOW + DAY }),
        person({ room: '107', status: 'home-quarantine', statusTo: NOW - 3_600_000 }),
        person({ kind: 'courier', room: '106', status: 'central-quarantine' }),
      ],
      NOW,
    );
    expect(list.map((h) => [h.room, h.colour, h.people])).toEqual([
      ['101', 'red', 2],
      ['102', 'brown', 1],
      ['103', 'blue', 1],
      ['104', 'none', 1],
      ['105', 'none', 1],
      ['107', 'brown', 1],
    ]);
    expect(colourCounts(list)).toEqual({ red: 1, brown: 2, yellow: 0, blue: 1, none: 2 });
  });

  it('sorts buildings and rooms naturally', () => {
    const list = households(
      [
        person({ building: '10' }),
        person({ building: '2', room: '1201' }),
        person({ building: '2', room: '301' }),
      ],
      NOW,
    );
    expect(list.map((h) => `${h.building}-${h.room}`)).toEqual(['2-301', '2-1201', '10-101']);
  });
});

describe('three-colour board', () => {
  it('uses the thresholds 95 and 90 on the exact rate', () => {
    expect([boardColour(95), boardColour(94.99), boardColour(90), boardColour(89.9)]).toEqual([
      'green',
      'yellow',
      'yellow',
      'red',
    ]);
    const b1 = [...Array(19)].map(() => person({ building: '1' }));
    const board = vaccinationBoard([
      ...b1,
      person({ building: '1', vaccineDoses: 1 }),
      ...[...Array(9)].map(() => person({ building: '2' })),
      person({ building: '2', vaccineDoses: 0 }),
      person({ building: '3', vaccineDoses: null, vaccineSeries: null }),
    ]);
    expect(board).toEqual([
      { building: '1', complete: 19, total: 20, rate: 95, colour: 'green' },
      { building: '2', complete: 9, total: 10, rate: 90, colour: 'yellow' },
      { building: '3', complete: 0, total: 0, rate: null, colour: null },
    ]);
  });
});

describe('periods', () => {
  it('today is one local day of 24 hours; the week ends today', () => {
    const today = periodDays('today', NOW);
    expect(today).toEqual([{ from: startOfDay(NOW), to: startOfDay(NOW) + DAY }]);
    const week = periodDays('week', NOW);
    expect(week).toHaveLength(7);
    expect(week[6]).toEqual(today[0]);
    expect(dayHours(startOfDay(NOW))[10]?.from).toBe(new Date(2026, 10, 23, 10).getTime());
    expect(sumHours([[1, 2], [3]]).slice(0, 3)).toEqual([4, 2, 0]);
  });

  it('counts flags by kind, most first', () => {
    const f = (kind: string) => ({ kind }) as Parameters<typeof flagsByKind>[0][number];
    expect(flagsByKind([f('fever'), f('mask-none'), f('fever')])).toEqual([
      { kind: 'fever', count: 2 },
      { kind: 'mask-none', count: 1 },
    ]);
  });
});
