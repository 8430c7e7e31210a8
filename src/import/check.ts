/**
 * What an import would make of a file, without writing anything: the object `check-import`
 * prints (CONTRACTS §6), built from the console's own readers (read-table, residents, risk-list).
 */
import type { RegionNode } from '../policy/region-tree.ts';
import { importErrorText } from './import-error-words.ts';
import { fileProblemText, rowProblemText } from './problem-words.ts';
import { FileRefused, readTable } from './read-table.ts';
import { checkResidents } from './residents.ts';
import { readRiskFile } from './risk-list.ts';
import { t } from './strings.ts';

/** The two kinds of list a file may be checked as. */
export type CheckKind = 'residents' | 'risk-areas';

/** One file's report, field for field as CONTRACTS §6 has it. */
export interface CheckReport {
  file: string;
  kind: CheckKind;
  ok: boolean;
  format: string;
  rows: number;
  accepted: number;
  refused: { row: number; field: string | null; code: string; message: string }[];
  fileError: { code: string; message: string } | null;
  listDate: string | null;
  unresolved: string[];
}

const SHEET_CODES: Record<string, string> = { missing: 'no-header', 'too-many': 'too-many', empty: 'empty' };

async function residents(file: string, bytes: Uint8Array, now: number): Promise<CheckReport> {
  const base = { file, kind: 'residents' as const, listDate: null, unresolved: [] };
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(bytes);
  } catch (e) {
    const code = e instanceof FileRefused ? e.code : 'unreadable-workbook';
    // A file the reader refuses whole is still a report, not a failure of the command.
    const fileError = { code, message: fileProblemText(code) };
    return { ...base, ok: false, format: 'unknown', rows: 0, accepted: 0, refused: [], fileError };
  }
  const format = table.encoding === 'xlsx' ? 'xlsx' : `csv-${table.encoding}`;
  const { check } = checkResidents(table, now);
  const words = check.problems.map((p) => ({
    row: p.row,
    field: p.field,
    code: p.code,
    message: rowProblemText(p),
  }));
  if (check.sheetRefused) {
    const first = check.problems[0];
    const code = SHEET_CODES[first?.code ?? 'empty'] ?? 'unreadable';
    const message = words.map((w) => w.message).join('；');
    return {
      ...base,
      ok: false,
      format,
      rows: check.rows,
      accepted: 0,
      refused: [],
      fileError: { code, message },
    };
  }
  return {
    ...base,
    // The console lets the manager import the valid rows of a file with refused ones.
    ok: check.people.length > 0,
    format,
    rows: check.rows,
    accepted: check.people.length,
    refused: words,
    fileError: null,
  };
}

function riskAreas(file: string, bytes: Uint8Array, tree: readonly RegionNode[]): CheckReport {
  const read = readRiskFile(file, bytes, tree);
  const base = { file, kind: 'risk-areas' as const, format: read.format, refused: [] };
  if (read.ok)
    return {
      ...base,
      ok: true,
      rows: read.areas.length,
      accepted: read.areas.length,
      fileError: null,
      listDate: read.listDate,
      unresolved: read.unresolved,
    };
  // A risk-area list is all or nothing: row problems refuse the file, each one named.
  const refused = read.errors
    .filter((e) => e.line > 0 && e.row !== undefined)
    .map((e) => ({ row: e.line, field: null, code: e.problem, message: importErrorText(e) }));
  const whole = read.errors.find((e) => e.line === 0 || e.row === undefined);
  const fileError =
    whole && (whole.line === 0 || whole.row === undefined)
      ? { code: whole.problem, message: importErrorText(whole) }
      : { code: 'rows', message: t('check_riskRows', { value: refused.length }) };
  return { ...base, ok: false, rows: 0, accepted: 0, refused, fileError, listDate: null, unresolved: [] };
}

/** The report's fields in the contract's order (JSON keeps insertion order). */
export function inContractOrder(r: CheckReport): CheckReport {
  const { file, kind, ok, format, rows, accepted, refused, fileError, listDate, unresolved } = r;
  return { file, kind, ok, format, rows, accepted, refused, fileError, listDate, unresolved };
}

/** Checks one file's bytes as `kind`; never rejects. */
export async function checkFile(
  kind: CheckKind,
  file: string,
  bytes: Uint8Array,
  tree: readonly RegionNode[],
  now: number,
): Promise<CheckReport> {
  return inContractOrder(
    kind === 'residents' ? await residents(file, bytes, now) : riskAreas(file, bytes, tree),
  );
}
