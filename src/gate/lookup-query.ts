/**
 * The gate's look-up for people without a phone: what the volunteer typed, read as people say an
 * address ("1-901", "1 901", "1-2-901" in one field, or the unit left out), and the labels the
 * results are chosen by, each telling its person apart from the others shown.
 */
import { maskNameToChoose } from '../app/mask.ts';
import type { Person } from '../db/index.ts';

/** What the volunteer typed into the look-up's fields. */
export interface LookupQuery {
  building: string;
  unit: string;
  room: string;
  name: string;
}

/** Separators people type between building, unit and room: space, dash, slash, 栋/号楼/单元/室. */
const PARTS = /\s*(?:[-–—/\s]|号楼|栋|单元|室)\s*/u;

/**
 * The query with an address typed into the building field alone split into its parts: two parts
 * are building and room, three are building, unit and room. Anything else is left as typed.
 */
export function readLookup(q: LookupQuery): LookupQuery {
  const trimmed = {
    building: q.building.trim(),
    unit: q.unit.trim(),
    room: q.room.trim(),
    name: q.name.trim(),
  };
  if (trimmed.unit !== '' || trimmed.room !== '') return trimmed;
  const parts = trimmed.building.split(PARTS).filter((p) => p !== '');
  if (parts.length === 2) return { ...trimmed, building: parts[0] ?? '', room: parts[1] ?? '' };
  if (parts.length === 3)
    return { ...trimmed, building: parts[0] ?? '', unit: parts[1] ?? '', room: parts[2] ?? '' };
  return trimmed;
}

/** The last 4 digits of a phone number, or null. */
function phoneTail(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** How a result is shown: the name to choose by, the address, and a phone tail where names collide. */
export interface LookupLabel {
  name: string;
  address: string;
  phoneTail: string | null;
}

/**
 * One label per person, in order. The name is masked for choosing (surname * last character);
 * where two people found would still read the same (name and address), each shows its phone's
 * last 4 digits too.
 */
export function lookupLabels(people: readonly Person[]): LookupLabel[] {
  const base = people.map((p) => ({
    name: maskNameToChoose(p.name),
    address: [p.building, p.unit, p.room].filter((x) => x !== null && x !== '').join('-'),
  }));
  const seen = new Map<string, number>();
  for (const b of base) seen.set(`${b.name}|${b.address}`, (seen.get(`${b.name}|${b.address}`) ?? 0) + 1);
  return base.map((b, i) => ({
    ...b,
    phoneTail: (seen.get(`${b.name}|${b.address}`) ?? 0) > 1 ? phoneTail(people[i]?.phone ?? null) : null,
  }));
}
