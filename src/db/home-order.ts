/**
 * The order people are listed in by their home: building, unit and room compared as numbers
 * where they are numbers (101 before 1001, building 9 before 10), text after numbers. Pure: the
 * registry, its exports, the printed cards and the household map sort by it.
 */
import type { Person } from './types.ts';

// One collator for every comparison (localeCompare with options builds one per call); numeric:
// digit runs compare by value, so 101 sorts before 1001 and building 9 before 10.
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Compares two address parts naturally (digit runs by value); an empty or missing one sorts first. */
export function naturalCompare(a: string | null | undefined, b: string | null | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}

/** Building, unit, room (naturally), then name: the order of a registry of residents. */
export function compareHomes(a: Person, b: Person): number {
  return (
    naturalCompare(a.building, b.building) ||
    naturalCompare(a.unit, b.unit) ||
    naturalCompare(a.room, b.room) ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The people sorted by home (a copy: the argument may be a shared, kept list). */
export function byHome(people: readonly Person[]): Person[] {
  return [...people].sort(compareHomes);
}
