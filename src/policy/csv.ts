/**
 * The project's one CSV reader (RFC 4180 quoting, as Excel and WPS write it): the risk-area import,
 * the registry import and the export tests all read through it. It is pure and never throws; what
 * the callers differ on (delimiters, trimming, blank lines, size limits) is an option.
 */

export interface CsvRow {
  /** 1-based line the row starts on, for error messages. */
  line: number;
  cells: string[];
}

export interface CsvOptions {
  /** Characters that end a cell; 'sniff' picks the one of SNIFFED_DELIMITERS the first lines use most. */
  delimiters?: 'sniff' | readonly string[];
  /** Trim spaces around each cell (default true); off for an exact round trip. */
  trim?: boolean;
  /** 'drop' (default) leaves out rows whose cells are all empty; 'keep' keeps them so row numbers match the file. */
  blankLines?: 'drop' | 'keep';
  /** Stop after this many rows (a caller that refuses big files reads one more than it allows). */
  maxRows?: number;
  /** Cut each cell to this many characters while reading (a caller that refuses long cells passes its limit + 1). */
  cutCellsAt?: number;
}

/** The delimiters 'sniff' chooses from: Excel writes tabs or semicolons in some locales, WPS a Chinese comma. */
export const SNIFFED_DELIMITERS: readonly string[] = [',', '\t', ';', '，'];

/** The byte order mark, as text: Excel writes it at the start of UTF-8 CSV. */
const BOM = '\uFEFF';

/** The delimiter the first lines use most (comments left out). */
function sniffDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/, 20)
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    .slice(0, 5);
  let best = ',';
  let bestCount = 0;
  for (const d of SNIFFED_DELIMITERS) {
    const count = lines.reduce((n, l) => n + l.split(d).length - 1, 0);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Splits CSV text (a leading BOM ignored; CRLF, LF or CR rows) into rows of cells; never throws. */
export function readCsv(input: string, options: CsvOptions = {}): CsvRow[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const trim = options.trim ?? true;
  const keepBlank = options.blankLines === 'keep';
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const cutAt = options.cutCellsAt ?? Number.POSITIVE_INFINITY;
  const delimiters = new Set(
    options.delimiters === undefined || options.delimiters === 'sniff'
      ? [sniffDelimiter(text)]
      : options.delimiters,
  );
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  // Whether anything of the current row has been read: a final row without a newline still counts.
  let started = false;
  let line = 1;
  let rowLine = 1;
  const endCell = () => {
    cells.push((trim ? cell.trim() : cell).slice(0, cutAt));
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (keepBlank || cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    started = false;
  };
  const add = (ch: string) => {
    if (cell.length < cutAt) cell += ch;
  };
  for (let i = 0; i < text.length && rows.length < maxRows; i++) {
    const ch = text[i] ?? '';
    started = true;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        add('"');
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        add(ch);
      }
    } else if (ch === '"' && (trim ? cell.trim() === '' : cell === '')) {
      // Spaces before an opening quote are not part of a trimmed cell.
      quoted = true;
      cell = '';
    } else if (delimiters.has(ch)) {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      add(ch);
    }
  }
  if (started && rows.length < maxRows) endRow();
  return rows;
}

/** Title rows a sheet may open with above its header (`{楼}楼人员名单`, a 情况说明 row, a list's name). */
export const MAX_TITLE_ROWS = 3;

/**
 * Where the header is: the index of the first row `isHeader` accepts, looking past rows `skip`
 * accepts and up to MAX_TITLE_ROWS title rows (at most one filled cell: a merged title reads so);
 * `{ index: -1, at }` names the first row that is neither. The risk-area and registry imports both
 * find their header so.
 */
export function findHeader(
  rows: readonly (readonly string[])[],
  isHeader: (cells: readonly string[]) => boolean,
  skip: (cells: readonly string[]) => boolean = () => false,
): { index: number; at: number } {
  let titles = 0;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (skip(cells)) continue;
    if (isHeader(cells)) return { index: i, at: i };
    const filled = cells.filter((c) => c.trim() !== '').length;
    if (filled <= 1 && titles < MAX_TITLE_ROWS) {
      titles++;
      continue;
    }
    return { index: -1, at: i };
  }
  return { index: -1, at: rows.length };
}
