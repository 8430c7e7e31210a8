/**
 * The registry's search box, read as an office types it: a name, a phone (its start or last
 * digits), a plate or a company, a building, or a home in any of the forms the importer reads
 * (`101`, `1-101`, `1-1-101`, `1栋1单元101`, `3号楼二单元1201室`). Pure: the list and the
 * exports match people with it, so an export holds what the list shows.
 */
import { byHome } from '../../db/home-order.ts';
import type { Person } from '../../db/index.ts';
import { addressPart, splitAddress } from '../../import/resident-values.ts';

/** A home to match: a part left null matches any value (`101` alone is room 101 anywhere). */
export interface HomeQuery {
  building: string | null;
  unit: string | null;
  room: string;
}

/** What a search finds people by: the text as typed, and the home it spells, if any. */
export interface RegistryQuery {
  text: string;
  home: HomeQuery | null;
}

const ROOM_ALONE = /^[0-9]+[A-Za-z]?(?:室|号|房)?$/;
// Building and room without a unit: 1-101, 1 101, 1栋101, 3号楼1201室.
const BUILDING_ROOM =
  /^([0-9A-Za-z一二三四五六七八九十]+)\s*(?:[-－/#\s]|号楼|栋|幢)\s*([0-9]+[A-Za-z]?)(?:室|号|房)?$/;

/** Reads what was typed into the search box. */
export function readRegistryQuery(input: string): RegistryQuery {
  const text = input.trim();
  if (text === '') return { text, home: null };
  const whole = splitAddress(text);
  if (whole) return { text, home: whole };
  const pair = BUILDING_ROOM.exec(text);
  if (pair)
    return {
      text,
      home: { building: addressPart(pair[1] ?? '', 'building'), unit: null, room: pair[2] ?? '' },
    };
  if (ROOM_ALONE.test(text))
    return { text, home: { building: null, unit: null, room: addressPart(text, 'room') } };
  return { text, home: null };
}

// Plates and phones are written with and without spaces, dots and hyphens, in either case.
const squeeze = (s: string) => s.replace(/[\s\-·.]/g, '').toUpperCase();

/** True when a home (a person's, or a ledger entry's) is the one searched for. */
export function homeMatches(
  p: { building: string | null; unit: string | null; room: string | null },
  home: HomeQuery,
): boolean {
  if (p.room === null || addressPart(p.room, 'room') !== home.room) return false;
  if (home.building !== null && addressPart(p.building ?? '', 'building') !== home.building) return false;
  return home.unit === null || addressPart(p.unit ?? '', 'unit') === home.unit;
}

/** True when the person matches the search (everyone matches an empty one). */
export function matchesQuery(p: Person, q: RegistryQuery): boolean {
  if (q.text === '') return true;
  if (q.home && homeMatches(p, q.home)) return true;
  const needle = squeeze(q.text);
  if (p.name.includes(q.text) || p.building === q.text) return true;
  const phone = (p.phone ?? '').replace(/\D/g, '');
  if (/^\d+$/.test(needle) && phone !== '') {
    if (phone.startsWith(needle) || (needle.length >= 4 && phone.endsWith(needle))) return true;
  }
  // Part of a plate from 3 characters on (B12, 12345): one digit would find half the couriers.
  if (
    p.plate &&
    (needle.length >= 3 || squeeze(p.plate).startsWith(needle)) &&
    squeeze(p.plate).includes(needle)
  )
    return true;
  return !!p.company && p.company.includes(q.text);
}

/**
 * The registry's order: residents by home (building, unit, room, each numerically), couriers and
 * visitors newest registration first. A copy: the argument is left as it was.
 */
export function inRegistryOrder(people: readonly Person[]): Person[] {
  const residents = byHome(people.filter((p) => p.kind === 'resident'));
  const others = people.filter((p) => p.kind !== 'resident').sort((a, b) => b.updatedAt - a.updatedAt);
  return [...residents, ...others];
}

/** The people the search text finds, in the order given. */
export function searchIn(people: readonly Person[], text: string): Person[] {
  const q = readRegistryQuery(text);
  return q.text === '' ? [...people] : people.filter((p) => matchesQuery(p, q));
}
