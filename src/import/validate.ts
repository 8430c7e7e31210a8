/**
 * Rows of an imported sheet to residents, with every problem reported by its spreadsheet row
 * number. Pure and total: any input gives a result, never an exception. A problem with the sheet
 * itself (its header, its size) refuses it whole; a problem with a row refuses that row, and the
 * manager may import the others (the rows come back with their problems either way).
 */
import { type ColumnMap, type Field, MAX_CELL_CHARS, missingFields } from './columns.ts';
import { parseDay } from './dates.ts';
import { addressPart, doseCount, idLast4, phoneNumber, splitAddress } from './resident-values.ts';

/** A resident's status in the registry. */
export type ResidentStatus = 'normal' | 'home-quarantine' | 'home-monitoring' | 'central-quarantine';

/** One imported resident, as the registry stores a person (db `Person`). */
export interface ResidentRecord {
  id: string;
  kind: 'resident';
  name: string;
  phone: string | null;
  building: string;
  unit: string | null;
  room: string;
  status: ResidentStatus;
  registeredUntil: null;
  updatedAt: number;
  statusFrom: number | null;
  statusTo: number | null;
  vaccineDoses: number | null;
  vaccineSeries: number | null;
  idLast4: string | null;
}

/** Why a row (or the whole sheet) was refused; row 0 means the sheet itself, the header's row its columns. */
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
    | 'id'
    | 'address'
    | 'duplicate'
    | 'empty'
    | 'too-many';
  value: string;
}

/**
 * The residents of the good rows and the problems of the others. `ok`: every row is good.
 * `sheetRefused`: the sheet itself is wrong (then `people` is empty and nothing may be written).
 */
export interface Validation {
  ok: boolean;
  sheetRefused: boolean;
  people: ResidentRecord[];
  problems: RowProblem[];
  /** Data rows read (blank rows left out). */
  rows: number;
}

const STATUS: Record<string, ResidentStatus> = {
  '': 'normal',
  正常: 'normal',
  无: 'normal',
  在住: 'normal',
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

/** The stable id of an imported resident, so a re-import updates rather than duplicates. */
export function residentId(building: string, unit: string, room: string, name: string): string {
  return `res:${building}|${unit}|${room}|${name}`;
}

function count(text: string): number | null {
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}

const refused = (problems: RowProblem[], rows = 0): Validation => ({
  ok: false,
  sheetRefused: true,
  people: [],
  problems,
  rows,
});

/** Building, unit and room of a row: their own columns, or the whole address in the room column. */
function address(get: (f: Field) => string, bad: (f: Field, code: RowProblem['code'], v?: string) => void) {
  let building = addressPart(get('building'), 'building');
  let unit = addressPart(get('unit'), 'unit');
  let room = get('room');
  const whole = splitAddress(room);
  if (whole) {
    if ((building && building !== whole.building) || (unit && unit !== whole.unit))
      bad('room', 'address', room);
    building ||= whole.building;
    unit ||= whole.unit;
    room = whole.room;
  } else room = addressPart(room, 'room');
  return { building, unit, room };
}

/**
 * Validates the data rows of `rows` (the header is `rows[header]`, rows above it are titles)
 * under `map`; `now` stamps `updatedAt`.
 */
export function validateRows(
  rows: readonly (readonly string[])[],
  map: ColumnMap,
  now: number,
  header = 0,
): Validation {
  const missing = missingFields(map).map(
    (field): RowProblem => ({ row: header + 1, field, code: 'missing', value: '' }),
  );
  if (missing.length > 0) return refused(missing);
  const dataRows = rows.length - header - 1;
  if (dataRows > MAX_IMPORT_ROWS)
    return refused([{ row: 0, field: null, code: 'too-many', value: String(dataRows) }], dataRows);
  const people: ResidentRecord[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  let read = 0;
  for (let i = header + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    read++;
    const row = i + 1;
    const get = (f: Field) => {
      const index = map[f];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const bad = (field: Field | null, code: RowProblem['code'], value = '') =>
      problems.push({ row, field, code, value });
    const before = problems.length;
    for (const f of Object.keys(map) as Field[]) if (get(f).length > MAX_CELL_CHARS) bad(f, 'too-long');
    const { building, unit, room } = address(get, bad);
    const name = get('name');
    if (!building) bad('building', 'missing');
    if (!room) bad('room', 'missing');
    if (!name) bad('name', 'missing');
    const phone = phoneNumber(get('phone'));
    if (phone === undefined) bad('phone', 'phone', get('phone'));
    const status = STATUS[get('status').toLowerCase()];
    if (!status) bad('status', 'status', get('status'));
    const from = parseDay(get('statusFrom'));
    const to = parseDay(get('statusTo'));
    if (from === undefined) bad('statusFrom', 'date', get('statusFrom'));
    if (to === undefined) bad('statusTo', 'date', get('statusTo'));
    if (typeof from === 'number' && typeof to === 'number' && to < from)
      bad('statusTo', 'date-order', get('statusTo'));
    const doses = doseCount(get('vaccineDoses'));
    const seriesText = get('vaccineSeries');
    const series = seriesText === '' ? null : count(seriesText);
    if (doses === undefined) bad('vaccineDoses', 'doses', get('vaccineDoses'));
    if ((series === null && seriesText !== '') || series === 0) bad('vaccineSeries', 'doses', seriesText);
    const id4 = idLast4(get('idNumber'));
    if (id4 === undefined) bad('idNumber', 'id', '');
    const id = residentId(building, unit, room, name);
    if (building && room && name && seen.has(id)) bad('name', 'duplicate', name);
    if (problems.length > before || !status || phone === undefined || doses === undefined) continue;
    seen.add(id);
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
      idLast4: id4 ?? null,
      // Without a stated series, two doses make a complete primary course (inactivated vaccines).
      vaccineDoses: doses,
      vaccineSeries: doses === null && series === null ? null : (series ?? 2),
    });
  }
  if (read === 0) return refused([{ row: 0, field: null, code: 'empty', value: '' }]);
  return { ok: problems.length === 0, sheetRefused: false, people, problems, rows: read };
}
