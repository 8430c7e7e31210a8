/** The four-colour map (四色图) of households and the three-colour board (三色牌) of buildings. */
import { naturalCompare } from '../../db/home-order.ts';
import type { Person } from '../../db/index.ts';

/** A household's colour, most severe first; 'none' is a household with nothing to watch. */
export type HouseholdColour = 'red' | 'brown' | 'yellow' | 'blue' | 'none';
/** The colours in legend order. */
export const COLOURS: readonly HouseholdColour[] = ['red', 'brown', 'yellow', 'blue', 'none'];

export interface Household {
  building: string;
  unit: string;
  room: string;
  colour: HouseholdColour;
  people: number;
}

const DAY_MS = 86_400_000;

/** A status counts while its period holds `now`: the end day is included, an open end holds forever. */
export function statusActive(p: Person, now: number): boolean {
  if (p.status === 'normal') return false;
  const from = p.statusFrom ?? Number.NEGATIVE_INFINITY;
  // The end is stored as the midnight starting its last day.
  const to = p.statusTo == null ? Number.POSITIVE_INFINITY : p.statusTo + DAY_MS;
  return from <= now && now < to;
}

/** True when the person has a vaccination record showing fewer doses than the series. */
export function vaccinationIncomplete(p: Person): boolean {
  return p.vaccineSeries != null && (p.vaccineDoses ?? 0) < p.vaccineSeries;
}

function colourOf(p: Person, now: number): HouseholdColour {
  if (statusActive(p, now)) {
    if (p.status === 'central-quarantine') return 'red';
    if (p.status === 'home-quarantine') return 'brown';
    return 'yellow';
  }
  return vaccinationIncomplete(p) ? 'blue' : 'none';
}

/** Households (building / unit / room) of the residents, each with its most severe colour, sorted. */
export function households(residents: readonly Person[], now: number): Household[] {
  const map = new Map<string, Household>();
  for (const p of residents) {
    if (p.kind !== 'resident' || !p.building || !p.room) continue;
    const unit = p.unit ?? '';
    const key = `${p.building}\u0000${unit}\u0000${p.room}`;
    const h = map.get(key) ?? { building: p.building, unit, room: p.room, colour: 'none', people: 0 };
    const c = colourOf(p, now);
    if (COLOURS.indexOf(c) < COLOURS.indexOf(h.colour)) h.colour = c;
    h.people++;
    map.set(key, h);
  }
  return [...map.values()].sort(
    (a, b) =>
      naturalCompare(a.building, b.building) ||
      naturalCompare(a.unit, b.unit) ||
      naturalCompare(a.room, b.room),
  );
}

/** How many households have each colour. */
export function colourCounts(list: readonly Household[]): Record<HouseholdColour, number> {
  const counts: Record<HouseholdColour, number> = { red: 0, brown: 0, yellow: 0, blue: 0, none: 0 };
  for (const h of list) counts[h.colour]++;
  return counts;
}

/** A building's board colour: green at 95 % or more, yellow from 90 %, red below. */
export type BoardColour = 'green' | 'yellow' | 'red';

export interface BuildingRate {
  building: string;
  complete: number;
  total: number;
  /** Percentage 0–100 (one decimal), null when no resident has a vaccination record. */
  rate: number | null;
  colour: BoardColour | null;
}

/** The board colour of a vaccination rate in percent. */
export function boardColour(rate: number): BoardColour {
  return rate >= 95 ? 'green' : rate >= 90 ? 'yellow' : 'red';
}

/** Vaccination rate per building over residents with a vaccination record. */
export function vaccinationBoard(residents: readonly Person[]): BuildingRate[] {
  const map = new Map<string, { complete: number; total: number }>();
  for (const p of residents) {
    if (p.kind !== 'resident' || !p.building) continue;
    const b = map.get(p.building) ?? { complete: 0, total: 0 };
    if (p.vaccineSeries != null) {
      b.total++;
      if (!vaccinationIncomplete(p)) b.complete++;
    }
    map.set(p.building, b);
  }
  return [...map]
    .map(([building, { complete, total }]) => {
      // Compare on the exact ratio, show one decimal: 94.96 % is yellow even if shown as 95.0.
      const exact = total === 0 ? null : (complete / total) * 100;
      return {
        building,
        complete,
        total,
        rate: exact === null ? null : Math.floor(exact * 10) / 10,
        colour: exact === null ? null : boardColour(exact),
      };
    })
    .sort((a, b) => a.building.localeCompare(b.building, 'zh-CN', { numeric: true }));
}
