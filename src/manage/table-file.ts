/**
 * Saves a table as .csv (UTF-8 with BOM, RFC 4180, formula cells neutralised) or .xlsx: the one
 * writer behind every export of the console (logs, flags, registries, ledger).
 */
import writeXlsxFile from 'write-excel-file/browser';
import { downloadText } from '../shared/download.ts';
import { neutralise, toCsv } from './console/csv.ts';

export type Cell = string | number | null;
export type TableFormat = 'csv' | 'xlsx';

/** Downloads `header` + `rows` as `fileName` in the chosen format. */
export async function saveTable(
  fileName: string,
  header: string[],
  rows: Cell[][],
  format: TableFormat,
): Promise<void> {
  if (format === 'csv') {
    downloadText(fileName, toCsv(header, rows), 'text/csv;charset=utf-8');
    return;
  }
  // Strings are neutralised here too: Excel runs a typed "=…" string cell only on edit, LibreOffice may not wait.
  const cell = (v: Cell) =>
    typeof v === 'number' ? { value: v } : { value: neutralise(v ?? ''), type: String };
  const data = [
    header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...rows.map((r) => r.map(cell)),
  ];
  await writeXlsxFile(data).toFile(fileName);
}
