import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvOptions, readCsv } from './csv.ts';

/** Writes rows the way Excel does for cells that need it: every cell quoted, quotes doubled. */
const quoteAll = (rows: readonly string[][], eol: string, delimiter: string) =>
  rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter)).join(eol);

const cellArb = fc.string({
  unit: fc.constantFrom('a', 'b', '张', ' ', ',', '，', '\t', '"', '\n', '\r', ';', '\uFEFF'),
});
const rowsArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

describe('readCsv', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside cells, CRLF rows and a BOM', () => {
    const text = '\uFEFF姓名,备注\r\n"张三","住 3 栋, ""东门""\r\n旁"\r\n\r\n李四,无\n';
    expect(readCsv(text)).toEqual([
      { line: 1, cells: ['姓名', '备注'] },
      { line: 2, cells: ['张三', '住 3 栋, "东门"\r\n旁'] },
      { line: 5, cells: ['李四', '无'] },
    ]);
  });

  it('sniffs tabs, semicolons or Chinese commas, and keeps blank rows when asked', () => {
    expect(readCsv('a\tb\n1\t2').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(readCsv('a;b\n\n1;2', { blankLines: 'keep' }).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      [''],
      ['1', '2'],
    ]);
    expect(readCsv('a，b').map((r) => r.cells)).toEqual([['a', 'b']]);
  });

  it('cuts long cells and stops after maxRows', () => {
    expect(readCsv('abcdef,x\n1\n2\n3', { cutCellsAt: 3, maxRows: 2 }).map((r) => r.cells)).toEqual([
      ['abc', 'x'],
      ['1'],
    ]);
  });

  it('round-trips any quoted cells, whatever they hold (exact options)', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom('\r\n', '\n'), fc.constantFrom(',', '\t'), (rows, eol, d) => {
        const text = quoteAll(rows, eol, d);
        const opts: CsvOptions = { delimiters: [d], trim: false, blankLines: 'keep' };
        expect(readCsv(text, opts).map((r) => r.cells)).toEqual(rows);
        expect(readCsv(text + eol, opts).map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips quoted cells with the trimming defaults when cells have no outer spaces', () => {
    fc.assert(
      fc.property(rowsArb, (raw) => {
        const rows = raw.map((r) => r.map((c) => c.trim()));
        fc.pre(rows.every((r) => r.some((c) => c !== '')));
        const text = quoteAll(rows, '\r\n', ',');
        expect(readCsv(text, { delimiters: [','] }).map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input, and row lines only go up', () => {
    const options = fc.record(
      {
        delimiters: fc.constantFrom<CsvOptions['delimiters']>('sniff', [','], [',', '，', '\t']),
        trim: fc.boolean(),
        blankLines: fc.constantFrom<'drop' | 'keep'>('drop', 'keep'),
        maxRows: fc.nat(20),
        cutCellsAt: fc.nat(20),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), options, (text, opts) => {
        const rows = readCsv(text, opts);
        for (let i = 1; i < rows.length; i++)
          expect(rows[i]?.line).toBeGreaterThan(rows[i - 1]?.line ?? Number.POSITIVE_INFINITY);
        if (opts.maxRows !== undefined) expect(rows.length).toBeLessThanOrEqual(opts.maxRows);
      }),
      { numRuns: 500 },
    );
  });
});
