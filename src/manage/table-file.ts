/**
 * Saves a table as .csv (UTF-8 with BOM, RFC 4180, formula cells neutralised) or .xlsx: the one
 * writer behind every export of the console (logs, flags, registries, ledger).
 *
 * In .xlsx every cell has its type: numbers are numbers, days and times are date cells with a
 * date format, and text is a text cell in the Text format (`@`). A text cell is never evaluated,
 * not on opening and not when edited, so "=…" needs no apostrophe there (it would show).
 */
import writeXlsxFile from 'write-excel-file/browser';
import { toCsv } from '../policy/csv-write.ts';
import { downloadText } from '../shared/download.ts';

/** A calendar day or a moment (epoch ms, shown in local time): a date cell in .xlsx. */
export interface DateCell {
  date: number;
  /** True for a moment (day and time), false or absent for a day. */
  time?: boolean;
}
export type Cell = string | number | DateCell | null;
export type TableFormat = 'csv' | 'xlsx';

const DAY_FORMAT = 'yyyy-mm-dd';
const TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as text: 2026-11-23, or 2026-11-23 09:05 for a moment (local time). */
export function dateText(c: DateCell): string {
  const d = new Date(c.date);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return c.time ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
}

/** A stored `YYYY-MM-DD` day as a date cell (its local midnight); other text stays text. */
export function dayCell(text: string | null | undefined): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return text ?? null;
  return { date: new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() };
}

const isDate = (v: Cell): v is DateCell => typeof v === 'object' && v !== null;

// Excel has no time zones: a cell holds the wall-clock reading, so the local fields go in as UTC.
function wallClock(c: DateCell): Date {
  const d = new Date(c.date);
  return new Date(
    Date.UTC(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      c.time ? d.getHours() : 0,
      c.time ? d.getMinutes() : 0,
    ),
  );
}

// Columns are as wide as their widest cell: a CJK character takes two widths of a Latin one.
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

function cellText(v: Cell): string {
  if (v === null) return '';
  if (isDate(v)) return dateText(v);
  return String(v);
}

/** The .xlsx sheet of a table: typed cells, a bold header, columns sized to their text, a name. */
export function xlsxSheet(sheet: string, header: readonly string[], rows: readonly Cell[][]) {
  const cell = (v: Cell) => {
    if (v === null) return null;
    if (typeof v === 'number') return { value: v, type: Number };
    if (isDate(v)) return { value: wallClock(v), type: Date, format: v.time ? TIME_FORMAT : DAY_FORMAT };
    return { value: v, type: String, format: '@' };
  };
  const widths = header.map((h, i) =>
    rows.reduce((w, r) => Math.max(w, textWidth(cellText(r[i] ?? null))), textWidth(h)),
  );
  return {
    sheet: sheet.slice(0, 31),
    data: [
      header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
      ...rows.map((r) => r.map(cell)),
    ],
    columns: widths.map((w) => ({ width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)) })),
    stickyRowsCount: 1,
  };
}

/** Downloads `header` + `rows` as `fileName` in the chosen format; `sheet` names the .xlsx sheet. */
export async function saveTable(
  fileName: string,
  header: string[],
  rows: Cell[][],
  format: TableFormat,
  sheet = 'Sheet1',
): Promise<void> {
  if (format === 'csv') {
    const text = rows.map((r) => r.map((v) => (isDate(v) ? dateText(v) : v)));
    downloadText(fileName, toCsv(header, text), 'text/csv;charset=utf-8');
    return;
  }
  const { data, ...options } = xlsxSheet(sheet, header, rows);
  await writeXlsxFile(data, options).toFile(fileName);
}
