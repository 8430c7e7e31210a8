/**
 * A residents' sheet as the console and `check-import` both read it: the header found past title
 * rows, the columns guessed (or as the manager mapped them), every row checked, and what was
 * left out said in notes. Pure: the rows come from read-table.ts.
 */
import { findHeader } from '../policy/csv.ts';
import { type ColumnMap, guessColumns, missingFields } from './columns.ts';
import type { TableRows } from './read-table.ts';
import { t } from './strings.ts';
import { type Validation, validateRows } from './validate.ts';

/** Something read past or left out, said so (strings.ts `note_<code>`). */
export interface ImportNote {
  code: 'title-rows' | 'ignored-columns' | 'other-sheets';
  value: string;
}

/** A residents' sheet checked. */
export interface ResidentSheet {
  /** Index of the header row in `table.rows` (rows above it are titles). */
  header: number;
  map: ColumnMap;
  check: Validation;
  notes: ImportNote[];
}

const isHeader = (cells: readonly string[]) => missingFields(guessColumns(cells)).length === 0;

/** The header row of a sheet: the first that names the required columns, past a few title rows (else the first row). */
export function headerRow(rows: readonly (readonly string[])[]): number {
  return Math.max(0, findHeader(rows, isHeader).index);
}

/** Columns that hold something but are not imported: a notes block, a header the importer does not know, no header. */
function ignoredColumns(rows: readonly (readonly string[])[], header: number, map: ColumnMap): string[] {
  const used = new Set(Object.values(map));
  const head = rows[header] ?? [];
  const width = rows.slice(header).reduce((w, r) => Math.max(w, r.length), 0);
  const ignored: string[] = [];
  for (let col = 0; col < width; col++) {
    if (used.has(col)) continue;
    const title = (head[col] ?? '').trim();
    const filled = rows.slice(header + 1).some((r) => (r[col] ?? '').trim() !== '');
    if (title === '' && !filled) continue;
    ignored.push(title === '' ? t('note_unnamed', { value: col + 1 }) : title);
  }
  return ignored;
}

/** Checks a sheet's rows as residents; `map` replaces the guessed columns when the manager changed them. */
export function checkResidents(table: TableRows, now: number, map?: ColumnMap): ResidentSheet {
  const header = headerRow(table.rows);
  const columns = map ?? guessColumns(table.rows[header] ?? []);
  const notes: ImportNote[] = [];
  if (header > 0) {
    const titles = table.rows
      .slice(0, header)
      .map((r) => r.find((c) => c.trim() !== '') ?? '')
      .filter((c) => c !== '');
    notes.push({ code: 'title-rows', value: titles.map((c) => c.slice(0, 40)).join(' / ') });
  }
  const ignored = ignoredColumns(table.rows, header, columns);
  if (ignored.length > 0) notes.push({ code: 'ignored-columns', value: ignored.join('、') });
  if (table.otherSheets.length > 0) notes.push({ code: 'other-sheets', value: table.otherSheets.join('、') });
  return { header, map: columns, check: validateRows(table.rows, columns, now, header), notes };
}
