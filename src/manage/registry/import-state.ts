/** The import screen's steps: a file read, its columns mapped, its rows checked, then written. */
import { importPeople } from '../../db/people.ts';
import type { ColumnMap } from '../../import/columns.ts';
import { type FileProblem, FileRefused, readTable, type TableRows } from '../../import/read-table.ts';
import { checkResidents, type ResidentSheet } from '../../import/residents.ts';

/** Where an import stands. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'unreadable'; fileName: string; problem: FileProblem }
  | ({ step: 'preview'; fileName: string; table: TableRows } & ResidentSheet)
  | { step: 'done'; fileName: string; count: number; refused: number }
  | { step: 'failed'; fileName: string };

export type Preview = Extract<ImportStep, { step: 'preview' }>;

/** Reads a chosen file and checks it under the guessed column map; never rejects. */
export async function previewFile(file: File, now: number): Promise<ImportStep> {
  try {
    const table = await readTable(new Uint8Array(await file.arrayBuffer()));
    return { step: 'preview', fileName: file.name, table, ...checkResidents(table, now) };
  } catch (e) {
    return {
      step: 'unreadable',
      fileName: file.name,
      problem: e instanceof FileRefused ? e.code : 'unreadable-workbook',
    };
  }
}

/** The same preview checked again under a column map the manager changed. */
export function remap(s: Preview, map: ColumnMap, now: number): ImportStep {
  return { ...s, ...checkResidents(s.table, now, map) };
}

/**
 * Writes a checked preview: every row, or (`validOnly`, the manager's choice after the report)
 * the good rows while the refused ones are kept for download. The audit line names how many
 * were left out.
 */
export async function runImport(
  s: Preview,
  who: string,
  now: number,
  validOnly = false,
): Promise<ImportStep> {
  const { check } = s;
  if (check.sheetRefused || check.people.length === 0 || (!check.ok && !validOnly)) return s;
  const refused = new Set(check.problems.map((p) => p.row)).size;
  try {
    const count = await importPeople(check.people, who, s.fileName, now, refused);
    return { step: 'done', fileName: s.fileName, count, refused };
  } catch {
    return { step: 'failed', fileName: s.fileName };
  }
}
