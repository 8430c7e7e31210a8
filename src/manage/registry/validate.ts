/**
 * Rows of an imported sheet to people, with every problem reported by its spreadsheet row number
 * (the header is row 1). Pure and total: any input gives a result, never an exception.
 */
import type { Person } from '../../db/index.ts';
import { type ColumnMap, type Field, MAX_CELL_CHARS, missingFields } from './columns.ts';
import { parseDay } from './dates.ts';

/** Why a row (or the whole sheet) was refused; row 0 means the sheet itself. */
export interface RowProblem {
  row: number;
  field: Field | null;
  code:
    | 'missing'
    | 'too-long'
    | 'phone'
    | 'status'
    | 'date'
    | 'date-order'
    | 'doses'
    | 'duplicate'
    | 'empty'
    | 'too-many';
  value: string;
}

/** Either every row as a person, or the problems (then nothing may be written). */
export type Validation = { ok: true; people: Person[] } | { ok: false; problems: RowProblem[] };

const STATUS: Record<string, Person['status']> = {
  '': 'normal',
  正常: 'normal',
  无: 'normal',
  normal: 'normal',
  居家隔离: 'home-quarantine',
  'home-quarantine': 'home-quarantine',
  居家健康监测: 'home-monitoring',
  居家监测: 'home-monitoring',
  健康监测: 'home-monitoring',
  'home-monitoring': 'home-monitoring',
  集中隔离: 'central-quarantine',
  'central-quarantine': 'central-quarantine',
};

/** Status words accepted on import, for the hint under the upload button. */
export const STATUS_WORDS = Object.keys(STATUS).filter((k) => k !== '');
/** More rows than this are refused whole rather than imported in part. */
export const MAX_IMPORT_ROWS = 20_000;
const MAX_PROBLEMS = 200;

/** The stable id of an imported resident, so a re-import updates rather than duplicates. */
export function residentId(building: string, unit: string, room: string, name: string): string {
  return `res:${building}|${unit}|${room}|${name}`;
}

function count(text: string): number | null {
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}

/** Validates data rows (`rows[0]` is the header) under `map`; `now` stamps `updatedAt`. */
export function validateRows(rows: readonly (readonly string[])[], map: ColumnMap, now: number): Validation {
  const problems: RowProblem[] = missingFields(map).map((field) => ({
    row: 1,
    field,
    code: 'missing',
    value: '',
  }));
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length - 1 > MAX_IMPORT_ROWS)
    return {
      ok: false,
      problems: [{ row: 0, field: null, code: 'too-many', value: String(rows.length - 1) }],
    };
  const people: Person[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < rows.length && problems.length < MAX_PROBLEMS; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const row = i + 1;
    const get = (f: Field) => {
      const index = map[f];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const bad = (field: Field | null, code: RowProblem['code'], value = '') =>
      problems.push({ row, field, code, value });
    const before = problems.length;
    for (const f of Object.keys(map) as Field[]) if (get(f).length > MAX_CELL_CHARS) bad(f, 'too-long');
    const [building, unit, room, name] = [get('building'), get('unit'), get('room'), get('name')];
    if (!building) bad('building', 'missing');
    if (!room) bad('room', 'missing');
    if (!name) bad('name', 'missing');
    const phone = get('phone').replace(/[\s-]/g, '');
    if (phone && !/^\+?\d{5,15}$/.test(phone)) bad('phone', 'phone', get('phone'));
    const status = STATUS[get('status').toLowerCase()];
    if (!status) bad('status', 'status', get('status'));
    const from = parseDay(get('statusFrom'));
    const to = parseDay(get('statusTo'));
    if (from === undefined) bad('statusFrom', 'date', get('statusFrom'));
    if (to === undefined) bad('statusTo', 'date', get('statusTo'));
    if (typeof from === 'number' && typeof to === 'number' && to < from)
      bad('statusTo', 'date-order', get('statusTo'));
    const dosesText = get('vaccineDoses');
    const seriesText = get('vaccineSeries');
    const doses = dosesText === '' ? null : count(dosesText);
    const series = seriesText === '' ? null : count(seriesText);
    if (doses === null && dosesText !== '') bad('vaccineDoses', 'doses', dosesText);
    if ((series === null && seriesText !== '') || series === 0) bad('vaccineSeries', 'doses', seriesText);
    const id = residentId(building, unit, room, name);
    if (building && room && name && seen.has(id)) bad('name', 'duplicate', name);
    seen.add(id);
    if (problems.length > before || !status) continue;
    people.push({
      id,
      kind: 'resident',
      name,
      phone: phone || null,
      building,
      unit: unit || null,
      room,
      status,
      registeredUntil: null,
      updatedAt: now,
      statusFrom: from ?? null,
      statusTo: to ?? null,
      // Without a stated series, two doses make a complete primary course (inactivated vaccines).
      vaccineDoses: doses,
      vaccineSeries: doses === null && series === null ? null : (series ?? 2),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (people.length === 0)
    return { ok: false, problems: [{ row: 0, field: null, code: 'empty', value: '' }] };
  return { ok: true, people };
}
