/** A small CSV reader for the manager's imports (RFC 4180 quoting, as Excel and WPS write it). */

export interface CsvRow {
  /** 1-based line the row starts on, for error messages. */
  line: number;
  cells: string[];
}

const DELIMITERS = [',', '\t', ';', '，'];

/** The delimiter the first lines use most (comments left out): Excel writes tabs or semicolons in some locales. */
function sniffDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/, 20)
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    .slice(0, 5);
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = lines.reduce((n, l) => n + l.split(d).length - 1, 0);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Splits CSV text into rows of trimmed cells; blank lines are dropped; never throws. */
export function readCsv(text: string): CsvRow[] {
  const delimiter = sniffDelimiter(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell.trim());
    if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  endRow();
  return rows;
}
