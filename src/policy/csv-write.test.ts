import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { BOM, csvCell, csvLines, neutralise, toCsv } from './csv-write.ts';

/** The export read back exactly as written: commas only, nothing trimmed, blank rows kept. */
const parseCsv = (text: string) =>
  readCsv(text, { delimiters: [','], trim: false, blankLines: 'keep' }).map((r) => r.cells);

describe('CSV', () => {
  it('starts with a BOM and quotes commas, quotes and line breaks (RFC 4180)', () => {
    const text = toCsv(['姓名', '备注'], [['张*三', 'a,"b"\nc']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}姓名,备注\r\n张*三,"a,""b""\nc"\r\n`);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-2')).toBe("'-2");
    expect(neutralise('@SUM')).toBe("'@SUM");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('a=b')).toBe('a=b');
    expect(csvCell(null)).toBe('');
  });

  it('round-trips any cell through a parser, and no cell then starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const parsed = parseCsv(toCsv(header, padded));
          expect(parsed).toEqual([header, ...padded.map((r) => r.map(neutralise))]);
          for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });

  it('parses a cell with a formula start back to the apostrophe form', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (start, rest) => {
        const parsed = parseCsv(toCsv(['x'], [[start + rest]]));
        expect(parsed[1]).toEqual([`'${start}${rest}`]);
      }),
    );
  });
});

describe('csvLines, the export writer', () => {
  it('writes every row exactly as csvCell would, cell by cell', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=1+1', '+86', '-5', '@x', '\tx', 'a,b', 'say "hi"', 'two\r\nlines', ''),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }), (rows) => {
        const expected = rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
        expect(csvLines(rows)).toBe(expected);
      }),
    );
  });
});
