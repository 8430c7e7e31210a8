/** An uploaded file to rows of text cells: .xlsx through read-excel-file, anything else as CSV. */
import { readSheet } from 'read-excel-file/browser';
import { type CsvEncoding, cellText, decodeCsv, MAX_ROWS, splitCsv } from './decode.ts';

/** The rows of a sheet and how its text was encoded ('xlsx' for a workbook). */
export interface SheetRows {
  rows: string[][];
  encoding: CsvEncoding | 'xlsx';
}

/** Larger files are refused unread: a registry of 20,000 people is a few megabytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** True when the bytes start like a zip archive (an .xlsx), whatever the file is called. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads the first sheet of a workbook or the rows of a CSV; rejects on an unreadable workbook or a huge file. */
export async function readRows(file: Blob): Promise<SheetRows> {
  if (file.size > MAX_FILE_BYTES) throw new RangeError('file too large');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) {
    const data = await readSheet(file);
    return { rows: data.slice(0, MAX_ROWS + 1).map((row) => row.map(cellText)), encoding: 'xlsx' };
  }
  const { text, encoding } = decodeCsv(bytes);
  return { rows: splitCsv(text), encoding };
}
