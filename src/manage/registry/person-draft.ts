/** The hand-edit form's text fields, to and from a `Person`, with the same checks as the import. */
import type { Person } from '../../db/index.ts';
import { formatDay, parseDay } from '../../import/dates.ts';
import { phoneNumber } from '../../import/resident-values.ts';

/** What the form holds: every field as typed text. */
export interface PersonDraft {
  kind: Person['kind'];
  name: string;
  phone: string;
  building: string;
  unit: string;
  room: string;
  status: Person['status'];
  statusFrom: string;
  statusTo: string;
  vaccineDoses: string;
  vaccineSeries: string;
  company: string;
  plate: string;
  registeredUntil: string;
}

/** The form's text for a stored person (full data: the form is where a manager sees it). */
export function toDraft(p: Person): PersonDraft {
  return {
    kind: p.kind,
    name: p.name,
    phone: p.phone ?? '',
    building: p.building ?? '',
    unit: p.unit ?? '',
    room: p.room ?? '',
    status: p.status,
    statusFrom: formatDay(p.statusFrom),
    statusTo: formatDay(p.statusTo),
    vaccineDoses: p.vaccineDoses == null ? '' : String(p.vaccineDoses),
    vaccineSeries: p.vaccineSeries == null ? '' : String(p.vaccineSeries),
    company: p.company ?? '',
    plate: p.plate ?? '',
    registeredUntil: formatDay(p.registeredUntil),
  };
}

const count = (s: string) => (s.trim() === '' ? null : /^\d{1,2}$/.test(s.trim()) ? Number(s) : undefined);

/** The person the draft describes, or null when a field is wrong (then nothing is saved). */
export function fromDraft(d: PersonDraft, base: { id: string; updatedAt: number }): Person | null {
  const resident = d.kind === 'resident';
  const [from, to, until] = [parseDay(d.statusFrom), parseDay(d.statusTo), parseDay(d.registeredUntil)];
  const [doses, series] = [count(d.vaccineDoses), count(d.vaccineSeries)];
  // The same phone rule as the import (+86, spaces; a 10-digit mobile is a typo).
  const phone = phoneNumber(d.phone);
  if (!d.name.trim() || (resident && (!d.building.trim() || !d.room.trim()))) return null;
  if (
    from === undefined ||
    to === undefined ||
    until === undefined ||
    doses === undefined ||
    series === undefined ||
    phone === undefined
  )
    return null;
  if (series === 0 || (from !== null && to !== null && to < from)) return null;
  return {
    id: base.id,
    kind: d.kind,
    name: d.name.trim(),
    phone: phone || null,
    building: d.building.trim() || null,
    unit: d.unit.trim() || null,
    room: d.room.trim() || null,
    status: d.status,
    statusFrom: from,
    statusTo: to,
    vaccineDoses: doses,
    vaccineSeries: doses === null && series === null ? null : (series ?? 2),
    company: d.company.trim() || null,
    plate: d.plate.trim() || null,
    // A registration ends at the end of its last day.
    registeredUntil: until === null ? null : until + 86_400_000 - 1,
    updatedAt: base.updatedAt,
  };
}
