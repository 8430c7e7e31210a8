/**
 * Who a record is about, in the words a volunteer matches against a face: the masked name and
 * the home (building-unit-room) or, for a courier or visitor, the company. Computed once when a
 * check opens and stored with the passage (personal data: the retention purge blanks it).
 */
import { maskName } from '../app/mask.ts';
import type { ScanResult } from '../codes/types.ts';
import type { Person, PersonLabel } from '../db/index.ts';

/** 3-2-1201; parts that are missing are left out (a building without units: 5-301). */
export function homeText(p: { building: string | null; unit: string | null; room: string | null }): string {
  return [p.building, p.unit, p.room].filter(Boolean).join('-');
}

/** The label for a registry entry, else for what the scanned code itself says, else null. */
export function personLabel(entry: Person | null, scan: ScanResult | null): PersonLabel | null {
  if (entry) return { name: maskName(entry.name), place: placeOf(entry.company ?? null, homeText(entry)) };
  const facts = scan?.details.facts;
  const pass = facts?.estatePass;
  if (pass) return { name: maskName(pass.displayName), place: homeText(pass) || null };
  const d = facts?.declaration;
  if (d) return { name: maskName(d.name), place: placeOf(d.company, d.host ? homeText(d.host) : '') };
  const holder = scan?.holder;
  return holder ? { name: maskName(holder.name), place: null } : null;
}

function placeOf(company: string | null, home: string): string | null {
  return company?.trim() || home || null;
}
