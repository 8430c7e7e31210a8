import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ImportError, parseRiskAreas } from './risk-areas.ts';

const NAMES = new Map([
  ['广东省深圳市南山区', '440305'],
  ['北京市', '110000'],
]);

const errorsOf = (r: ReturnType<typeof parseRiskAreas>) => (r.ok ? [] : r.errors);
/** An error as a short code line, e.g. `line 3 low-level` or `item 2 no-region`, `file bad-to "soon"`. */
const said = (e: ImportError) =>
  `${e.row ?? 'file'} ${e.line} ${e.problem}${e.value === undefined ? '' : ` "${e.value}"`}`;

describe('parseRiskAreas: CSV', () => {
  it('reads codes, levels and dates, and takes the list date from the latest start', () => {
    const csv =
      'region,level,from,to\n440305,high,2026-11-20,2026-11-30\n110000,medium,2026-11-21,2026-11-27\n';
    expect(parseRiskAreas(csv, 'csv')).toEqual({
      ok: true,
      listDate: '2026-11-21',
      areas: [
        { region: '440305', level: 'high', from: '2026-11-20', to: '2026-11-30' },
        { region: '110000', level: 'medium', from: '2026-11-21', to: '2026-11-27' },
      ],
    });
  });

  it('reads Chinese headers and levels, names, Excel’s BOM and CRLF, slashes and 年月日, a blank end', () => {
    const csv =
      '\uFEFF日期,2026-11-23\r\n地区名称,风险等级,开始日期,结束日期\r\n' +
      '广东省深圳市南山区,高风险,2026/11/20,2026年11月30日\r\n"北京市",中,2026.11.21,\r\n';
    expect(parseRiskAreas(csv, 'csv', NAMES)).toEqual({
      ok: true,
      listDate: '2026-11-23',
      areas: [
        { region: '440305', level: 'high', from: '2026-11-20', to: '2026-11-30' },
        { region: '110000', level: 'medium', from: '2026-11-21', to: '9999-12-31' },
      ],
    });
  });

  it('reads tab-separated files, quoted cells, comments and blank lines', () => {
    const tsv = '# 2026-11-22\nlevel\tcode\tstart\tend\n\n"高"\t"440305"\t2026-11-20\t2026-11-30\n# done\n';
    const r = parseRiskAreas(tsv, 'csv');
    expect(r).toMatchObject({
      ok: true,
      listDate: '2026-11-22',
      areas: [{ region: '440305', level: 'high' }],
    });
  });

  it('looks past a title row above the header, and reads 2- and 4-digit codes as province and city', () => {
    const csv =
      '中高风险地区名单\n地区代码,风险等级,开始日期,结束日期\n4403,高,2026-11-20,\n11,中,2026-11-21,2026-11-27\n';
    expect(parseRiskAreas(csv, 'csv')).toEqual({
      ok: true,
      listDate: '2026-11-21',
      areas: [
        { region: '440300', level: 'high', from: '2026-11-20', to: '9999-12-31' },
        { region: '110000', level: 'medium', from: '2026-11-21', to: '2026-11-27' },
      ],
    });
  });

  it('accepts a header with no areas when the list has a date (every area lifted)', () => {
    expect(parseRiskAreas('date,2026-11-23\nregion,level,from,to\n', 'csv')).toEqual({
      ok: true,
      areas: [],
      listDate: '2026-11-23',
    });
  });

  it('refuses the whole file for one bad row, naming every bad line', () => {
    const csv =
      'region,level,from,to\n440305,high,2026-11-20,2026-11-30\n440300,low,2026-11-20,2026-11-30\n' +
      '南山区,high,2026-11-31,2026-11-30\n110000,medium,2026-11-25,2026-11-20\n';
    const errors = errorsOf(parseRiskAreas(csv, 'csv', NAMES));
    expect(errors.map(said)).toEqual([
      'line 3 low-level',
      'line 4 unknown-region "南山区"',
      'line 4 bad-from "2026-11-31"',
      'line 5 date-order',
    ]);
  });

  it.each([
    ['', 'file 0 empty'],
    [' \r\n\t', 'file 0 empty'],
    ['PK\u0003\u0004garbage', 'file 0 not-text'],
    ['地区\uFFFD\uFFFD,等级', 'file 0 not-utf8'],
    ['a,b,c\n1,2,3\n', 'file 1 no-header'],
    ['# only a comment\n', 'file 1 no-header'],
    ['region,level,from,to\n', 'file 0 no-areas'],
    ['region,level,from,to\n,high,2026-11-20,2026-11-30\n', 'line 2 no-region'],
    ['region,level,from,to\n440305,severe,2026-11-20,2026-11-30\n', 'line 2 bad-level "severe"'],
    ['region,level,from,to\n440305,high,,2026-11-30\n', 'line 2 bad-from ""'],
    ['region,level,from,to\n440305,high,2026-11-20,soon\n', 'line 2 bad-to "soon"'],
    ['name,level,from,to\n深圳市,high,2026-11-20,2026-11-30\n', 'line 2 unknown-region "深圳市"'],
    ['region,level,from,to\n999999,high,2026-11-20,2026-11-30\n', 'line 2 bad-region-code "999999"'],
    ['region,level,from,to\n44030,high,2026-11-20,2026-11-30\n', 'line 2 unknown-region "44030"'],
    ['title\nstill not a header\na,b,c\n', 'file 3 no-header'],
  ])('refuses %j clearly', (text, code) => {
    const errors = errorsOf(parseRiskAreas(text, 'csv', NAMES));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map(said)).toContain(code);
  });

  it('lists at most 20 problems and says how many more', () => {
    const rows = Array.from({ length: 30 }, () => '440305,nope,2026-11-20,2026-11-30').join('\n');
    const errors = errorsOf(parseRiskAreas(`region,level,from,to\n${rows}`, 'csv'));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toEqual({ line: 0, problem: 'more', value: '10' });
  });
});

describe('parseRiskAreas: JSON', () => {
  it('reads an object with a date and areas, numeric codes and Chinese keys', () => {
    const json = JSON.stringify({
      date: '2026-11-23',
      areas: [
        { region: 440305, level: 'high', from: '2026-11-20', to: '2026-11-30' },
        { 地区名称: '北京市', 风险等级: '中风险', 开始日期: '2026-11-21' },
      ],
    });
    expect(parseRiskAreas(json, 'json', NAMES)).toEqual({
      ok: true,
      listDate: '2026-11-23',
      areas: [
        { region: '440305', level: 'high', from: '2026-11-20', to: '2026-11-30' },
        { region: '110000', level: 'medium', from: '2026-11-21', to: '9999-12-31' },
      ],
    });
  });

  it('reads a bare array', () => {
    const json = '[{"code":"440300","level":"medium","from":"2026-11-20","to":"2026-11-22"}]';
    expect(parseRiskAreas(json, 'json')).toMatchObject({ ok: true, listDate: '2026-11-20' });
  });

  it.each([
    ['{"areas": [', 'file 0 not-json'],
    ['"hello"', 'file 0 not-a-list'],
    ['{"date": "2026-11-23"}', 'file 0 not-a-list'],
    ['[1, {"region": "440305", "level": "high", "from": "2026-11-20"}]', 'file 1 item-not-object'],
    [
      '[{"region": "440305", "level": "high", "from": "2026-11-20"}, {"region": [1], "level": "high", "from": "2026-11-20"}]',
      'item 2 no-region',
    ],
    ['[]', 'file 0 no-areas'],
  ])('refuses %j clearly', (text, code) => {
    const errors = errorsOf(parseRiskAreas(text, 'json'));
    expect(errors.map(said)).toContain(code);
  });
});

describe('parseRiskAreas: never throws', () => {
  const decoder = new TextDecoder('utf-8');
  const texts = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((bytes) => decoder.decode(bytes)),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(
        fc.array(
          fc.constantFrom('region', 'level', '高', '440305', '2026-11-20', '"', ',', '\n', '{', '[', ':'),
          { maxLength: 8 },
        ),
        { maxLength: 8 },
      )
      .map((rows) => `region,level,from,to\n${rows.map((r) => r.join(',')).join('\n')}`),
    fc.json(),
  );

  it('on random bytes and text, answers ok with sound areas or with problem codes', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('csv' as const, 'json' as const), (text, format) => {
        const r = parseRiskAreas(text, format, NAMES);
        if (r.ok) {
          for (const a of r.areas) {
            expect(a.region).toMatch(/^\d{6}$/);
            expect(a.from <= a.to).toBe(true);
          }
          expect(r.listDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.problem).toMatch(/^[a-z0-9-]+$/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
