/**
 * Importing the risk-area list a manager downloads daily (CSV or JSON). All or nothing: one bad
 * row refuses the whole file, so the gate never matches against half a list.
 */
import { findHeader, readCsv } from './csv.ts';
import { DATE_KEYS, type Field, fieldOf, headerKey, OPEN_END, parseDate, parseLevel } from './risk-fields.ts';
import type { RiskArea } from './types.ts';

/** What is wrong with a risk-area file or one of its rows (the UI words it). */
export type RiskProblem =
  | 'unreadable'
  | 'empty'
  | 'not-text'
  | 'not-utf8'
  | 'no-header'
  | 'not-json'
  | 'not-a-list'
  | 'item-not-object'
  | 'no-areas'
  | 'more'
  | 'no-region'
  | 'bad-region-code'
  | 'unknown-region'
  | 'low-level'
  | 'bad-level'
  | 'bad-from'
  | 'bad-to'
  | 'date-order'
  | 'legacy-xls'
  | 'bulletin'
  | 'no-list-date';

/**
 * One problem. `line` is 0 for the whole file (JSON: item number); `row` is set when the problem
 * is one row's (a CSV line or a JSON item), `value` is the cell as written (for 'more', how many).
 */
export interface ImportError {
  line: number;
  problem: RiskProblem;
  row?: 'line' | 'item';
  value?: string;
}

export interface RiskAreaList {
  ok: true;
  areas: RiskArea[];
  /** The list's date as the file gives it, else the latest "from" date in it. */
  listDate: string;
}

export type RiskAreaParse = RiskAreaList | { ok: false; errors: ImportError[] };

/** A row as read, before its values are checked. */
type RawRow = { line: number; item: boolean } & Partial<Record<Field, string>>;
type Raw = { ok: true; rows: RawRow[]; listDate: string | null } | { ok: false; errors: ImportError[] };

const MAX_ERRORS = 20;
const REGION = /^\d{6}$/;
/** A province (2 digits) or city (4 digits) written without its trailing zeros. */
const SHORT_REGION = /^\d{2}(?:\d{2})?$/;
/** GB/T 2260 province-level codes run from 11 (Beijing) to 82 (Macao). */
const PROVINCE_MIN = 11;
const PROVINCE_MAX = 82;

const err = (line: number, problem: RiskProblem): ImportError => ({ line, problem });
const fail = (...errors: ImportError[]): { ok: false; errors: ImportError[] } => ({ ok: false, errors });

/** Reads a risk-area list; names (exact name -> GB/T 2260 code) resolve a name column; never throws. */
export function parseRiskAreas(
  text: string,
  format: 'csv' | 'json',
  names?: Map<string, string>,
): RiskAreaParse {
  try {
    const body = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
    const unusable = checkText(body);
    if (unusable) return fail(unusable);
    const raw = format === 'json' ? fromJson(body) : fromCsv(body);
    return raw.ok ? build(raw.rows, raw.listDate, names) : raw;
  } catch {
    // Nothing above should throw; if it does, the manager still gets words, not a blank screen.
    return fail(err(0, 'unreadable'));
  }
}

function checkText(body: string): ImportError | null {
  if (body.trim() === '') return err(0, 'empty');
  if (body.includes('\u0000') || body.startsWith('PK')) {
    return err(0, 'not-text');
  }
  if (body.includes('\uFFFD')) {
    return err(0, 'not-utf8');
  }
  return null;
}

function fromCsv(body: string): Raw {
  let listDate: string | null = null;
  const all = readCsv(body);
  const isHeader = (cells: readonly string[]) => {
    const fields = cells.map(fieldOf);
    return fields.includes('level') && (fields.includes('code') || fields.includes('name'));
  };
  // A preamble line naming the list's date: "日期,2026-11-23" or "# 2026-11-23".
  const preamble = (cells: readonly string[]) => {
    const first = cells[0] ?? '';
    if (!first.startsWith('#') && !DATE_KEYS.includes(headerKey(first))) return false;
    listDate ??= parseDate(cells.slice(1).join(' ')) ?? parseDate(first.replace(/^#\s*/, ''));
    return true;
  };
  // Exported sheets often open with a one-cell title row (中高风险地区名单): looked past.
  const found = findHeader(
    all.map((r) => r.cells),
    isHeader,
    preamble,
  );
  const headerRow = all[found.index];
  if (headerRow === undefined) return fail(noHeader(all[found.at]?.line ?? 1));
  const header = headerRow.cells.map(fieldOf);
  const rows: RawRow[] = [];
  for (const row of all.slice(found.index + 1)) {
    if ((row.cells[0] ?? '').startsWith('#')) continue;
    const raw: RawRow = { line: row.line, item: false };
    header.forEach((field, i) => {
      if (field !== null && raw[field] === undefined) raw[field] = row.cells[i] ?? '';
    });
    rows.push(raw);
  }
  return { ok: true, rows, listDate };
}

function noHeader(line: number): ImportError {
  return err(line, 'no-header');
}

function fromJson(body: string): Raw {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail(err(0, 'not-json'));
  }
  let items: unknown = data;
  let listDate: string | null = null;
  if (isRecord(data)) {
    items = data.areas ?? data.list ?? data.data;
    for (const [key, value] of Object.entries(data)) {
      if (DATE_KEYS.includes(headerKey(key)) && typeof value === 'string') listDate ??= parseDate(value);
    }
  }
  if (!Array.isArray(items)) {
    return fail(err(0, 'not-a-list'));
  }
  const rows: RawRow[] = [];
  const errors: ImportError[] = [];
  items.forEach((item: unknown, i) => {
    if (!isRecord(item)) {
      errors.push(err(i + 1, 'item-not-object'));
      return;
    }
    const raw: RawRow = { line: i + 1, item: true };
    for (const [key, value] of Object.entries(item)) {
      const field = fieldOf(key);
      if (field !== null && raw[field] === undefined) raw[field] = cellOf(value);
    }
    rows.push(raw);
  });
  return errors.length > 0 ? fail(...errors) : { ok: true, rows, listDate };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cellOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

function build(rows: RawRow[], listDate: string | null, names?: Map<string, string>): RiskAreaParse {
  const areas: RiskArea[] = [];
  const errors: ImportError[] = [];
  for (const row of rows) {
    const where = row.item ? 'item' : 'line';
    const problem = (code: RiskProblem, value?: string) =>
      errors.push({ line: row.line, problem: code, row: where, ...(value === undefined ? {} : { value }) });
    const region = resolveRegion(row, names);
    if (region.ok === false) problem(region.problem, region.value);
    const level = parseLevel(row.level ?? '');
    if (level === 'low') problem('low-level');
    else if (level === null) problem('bad-level', row.level ?? '');
    const from = parseDate(row.from ?? '');
    if (from === null) problem('bad-from', row.from ?? '');
    const to = (row.to ?? '') === '' ? OPEN_END : parseDate(row.to ?? '');
    if (to === null) problem('bad-to', row.to ?? '');
    if (from !== null && to !== null && from > to) problem('date-order');
    if (region.ok && (level === 'high' || level === 'medium') && from !== null && to !== null) {
      areas.push({ region: region.code, level, from, to });
    }
  }
  if (errors.length > 0) return fail(...capped(errors));
  const date =
    listDate ?? areas.reduce<string | null>((max, a) => (max === null || a.from > max ? a.from : max), null);
  if (date === null) return fail(err(0, 'no-areas'));
  return { ok: true, areas, listDate: date };
}

type Resolved = { ok: true; code: string } | { ok: false; problem: RiskProblem; value?: string };

/** A code (6 digits, or 2/4 without trailing zeros); anything else a name, looked up exactly (no guessing between 朝阳区s). */
function resolveRegion(row: RawRow, names?: Map<string, string>): Resolved {
  const value = row.code || row.name || '';
  if (value === '') return { ok: false, problem: 'no-region' };
  if (REGION.test(value) || SHORT_REGION.test(value)) {
    const code = value.padEnd(6, '0');
    const province = Number(code.slice(0, 2));
    if (province >= PROVINCE_MIN && province <= PROVINCE_MAX) return { ok: true, code };
    return { ok: false, problem: 'bad-region-code', value };
  }
  const code = names?.get(value);
  if (code !== undefined && REGION.test(code)) return { ok: true, code };
  return { ok: false, problem: 'unknown-region', value };
}

function capped(errors: ImportError[]): ImportError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), { line: 0, problem: 'more', value: String(more) }];
}
