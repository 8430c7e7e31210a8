/**
 * The files the import offers: a template with the columns the importer reads, and the rows it
 * refused with a reason column, to fix and import again. Both are .xlsx through the console's
 * one table writer.
 */
import { rowReason } from '../../import/problem-words.ts';
import { saveTable } from '../table-file.ts';
import type { Preview } from './import-state.ts';
import { t } from './strings.ts';

/** The template's columns, in the words the importer recognises (columns.ts). */
const TEMPLATE_HEADER = [
  '楼栋',
  '单元',
  '房号',
  '姓名',
  '手机',
  '身份证号',
  '状态',
  '开始日期',
  '结束日期',
  '接种剂次',
  '全程剂次',
];

/** Downloads the empty template (.xlsx): the header row only, so nothing in it is ever imported by mistake. */
export function saveTemplate(): Promise<void> {
  return saveTable('住户导入模板.xlsx', TEMPLATE_HEADER, [], 'xlsx');
}

/** The refused rows as the file had them, with their row number and a reason column. */
export function refusedRows(s: Preview): { header: string[]; rows: string[][] } {
  const numbers = [...new Set(s.check.problems.map((p) => p.row))].filter((r) => r > s.header + 1);
  const width = (s.table.rows[s.header] ?? []).length;
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return {
    header: [t('impRowNumber'), ...pad(s.table.rows[s.header] ?? []), t('impReason')],
    rows: numbers.map((row) => [
      String(row),
      ...pad(s.table.rows[row - 1] ?? []),
      rowReason(s.check.problems, row),
    ]),
  };
}

/** Downloads the refused rows (.xlsx), named after the imported file. */
export function saveRefused(s: Preview): Promise<void> {
  const { header, rows } = refusedRows(s);
  const base = s.fileName.replace(/\.[^.]+$/, '');
  return saveTable(`${base}-未导入.xlsx`, header, rows, 'xlsx');
}
