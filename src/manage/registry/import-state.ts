/** The import screen's steps: a file read, its columns mapped, its rows checked, then written. */
import { importPeople } from '../../db/people.ts';
import { type ColumnMap, guessColumns } from './columns.ts';
import { readRows, type SheetRows } from './read-sheet.ts';
import { type Validation, validateRows } from './validate.ts';

/** Where an import stands. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'unreadable'; fileName: string }
  | { step: 'preview'; fileName: string; sheet: SheetRows; map: ColumnMap; check: Validation }
  | { step: 'done'; fileName: string; count: number }
  | { step: 'failed'; fileName: string };

/** Reads a chosen file and checks it under the guessed column map; never rejects. */
export async function previewFile(file: File, now: number): Promise<ImportStep> {
  try {
    const sheet = await readRows(file);
    const map = guessColumns(sheet.rows[0] ?? []);
    return { step: 'preview', fileName: file.name, sheet, map, check: validateRows(sheet.rows, map, now) };
  } catch {
    return { step: 'unreadable', fileName: file.name };
  }
}

/** The same preview checked again under a column map the manager changed. */
export function remap(s: Extract<ImportStep, { step: 'preview' }>, map: ColumnMap, now: number): ImportStep {
  return { ...s, map, check: validateRows(s.sheet.rows, map, now) };
}

/** Writes a checked preview all-or-nothing. */
export async function runImport(
  s: Extract<ImportStep, { step: 'preview' }>,
  who: string,
  now: number,
): Promise<ImportStep> {
  if (!s.check.ok) return s;
  try {
    const count = await importPeople(s.check.people, who, s.fileName, now);
    return { step: 'done', fileName: s.fileName, count };
  } catch {
    return { step: 'failed', fileName: s.fileName };
  }
}
