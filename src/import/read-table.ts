/**
 * An uploaded file's bytes to rows of text cells, the same in the console and in `check-import`:
 * an .xlsx (first sheet; the others named in a note), a CSV in UTF-8 or GBK, and the files a
 * property office has that cannot be read, refused by their bytes with words (an old .xls).
 *
 * Workbooks are unzipped here, on this thread and within a bound, and handed to read-excel-file
 * already inflated (stored): its own unzip would start `blob:` workers (fflate) that the app's
 * CSP refuses, and would inflate a zip bomb without limit.
 */
import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { type CsvEncoding, cellText, decodeCsv, MAX_ROWS, splitCsv } from './decode.ts';
import { unzipBounded, ZipRefused } from './unzip-bounded.ts';

/** The rows of a file, how it was read, and the workbook's sheets (first one read). */
export interface TableRows {
  rows: string[][];
  encoding: CsvEncoding | 'xlsx';
  /** Sheet names of a workbook beyond the first, which are not read. */
  otherSheets: string[];
}

/** Why a whole file cannot be read; the words are the import's (strings.ts `file_<code>`). */
export type FileProblem =
  | 'too-big'
  | 'legacy-xls'
  | 'workbook-too-large'
  | 'unreadable-workbook'
  | 'not-table';

/** A file refused whole, before any row is read. */
export class FileRefused extends Error {
  readonly code: FileProblem;
  constructor(code: FileProblem) {
    super(code);
    this.code = code;
  }
}

/** Larger files are refused unread: a registry of 20,000 people is a few megabytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * The XML a workbook may inflate to. 20,000 rows of ten columns are about 10 MB of sheet and
 * shared strings; a zip bomb (under a megabyte expanding to hundreds) stops here.
 */
export const MAX_WORKBOOK_XML_BYTES = 64 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97-2003 .xls (and .doc, .et of WPS). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The parts of a workbook read-excel-file reads (its own filter): XML and relationships. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

async function readWorkbook(bytes: Uint8Array): Promise<TableRows> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = await unzipBounded(bytes, isXmlPart, MAX_WORKBOOK_XML_BYTES);
  } catch (e) {
    if (e instanceof ZipRefused && e.reason === 'too-large') throw new FileRefused('workbook-too-large');
    throw new FileRefused('unreadable-workbook');
  }
  // Stored (level 0): read-excel-file's unzip then copies each part and never inflates or spawns a worker.
  const stored = zipSync(parts, { level: 0 });
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(stored.buffer as ArrayBuffer);
  } catch {
    throw new FileRefused('unreadable-workbook');
  }
  const [first, ...others] = sheets;
  if (!first) throw new FileRefused('unreadable-workbook');
  return {
    rows: first.data.slice(0, MAX_ROWS + 1).map((row) => row.map(cellText)),
    encoding: 'xlsx',
    otherSheets: others.filter((s) => s.data.length > 0).map((s) => s.sheet),
  };
}

/** Reads a workbook's first sheet or a CSV's rows; rejects with FileRefused, never with anything else. */
export async function readTable(bytes: Uint8Array): Promise<TableRows> {
  if (bytes.length > MAX_FILE_BYTES) throw new FileRefused('too-big');
  if (startsWith(bytes, OLE2)) throw new FileRefused('legacy-xls');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes);
  // Other binaries (a PDF, an image, a Word file) are not text: refused rather than read as GBK garbage.
  if (bytes.subarray(0, 4096).includes(0)) throw new FileRefused('not-table');
  const { text, encoding } = decodeCsv(bytes);
  return { rows: splitCsv(text), encoding, otherSheets: [] };
}
