/** A refused row's problem, or a file's, in the user's language (zh-CN in `check-import`). */

import type { FileProblem } from './read-table.ts';
import type { ImportNote } from './residents.ts';
import { t } from './strings.ts';
import type { RowProblem } from './validate.ts';

/** What is wrong with one cell: the field, the problem, the cell as written (cut short). */
export function rowProblemText(p: RowProblem): string {
  const field = p.field ? `${t(`field_${p.field}`)} · ` : '';
  const value = p.value ? ` · “${p.value.slice(0, 40)}”` : '';
  return `${field}${t(`prob_${p.code}`)}${value}`;
}

/** Every problem of one row, joined (the reason column of the refused rows' download). */
export function rowReason(problems: readonly RowProblem[], row: number): string {
  return problems
    .filter((p) => p.row === row)
    .map(rowProblemText)
    .join('；');
}

/** Why a whole file was refused. */
export function fileProblemText(code: FileProblem): string {
  return t(`file_${code}`);
}

/** A note on what was read past or left out. */
export function noteText(n: ImportNote): string {
  return t(`note_${n.code}`, { value: n.value });
}
