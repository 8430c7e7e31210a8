import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessColumns, missingFields } from './columns.ts';
import { parseDay } from './dates.ts';
import { decodeCsv, splitCsv } from './decode.ts';
import { residentId, validateRows } from './validate.ts';

const NOW = Date.UTC(2026, 10, 23, 2);
// GBK bytes of the few words used: 楼栋 单元 房号 姓名 张三 居家隔离.
const GBK: Record<string, number[]> = {
  楼栋: [0xc2, 0xa5, 0xb6, 0xb0],
  姓名: [0xd0, 0xd5, 0xc3, 0xfb],
  张三: [0xd5, 0xc5, 0xc8, 0xfd],
};

function gbk(parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
}

describe('decoding', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const utf8 = new TextEncoder().encode('楼栋,姓名\r\n1,张三\r\n');
    expect(decodeCsv(utf8)).toEqual({ text: '楼栋,姓名\r\n1,张三\r\n', encoding: 'utf-8' });
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])).text.startsWith('楼栋')).toBe(true);
  });

  it('falls back to GBK when the bytes are not UTF-8', () => {
    const bytes = gbk([GBK.楼栋 ?? [], ',', GBK.姓名 ?? [], '\r\n1,', GBK.张三 ?? [], '\r\n']);
    expect(decodeCsv(bytes)).toEqual({ text: '楼栋,姓名\r\n1,张三\r\n', encoding: 'gbk' });
  });

  it('splits quoted cells, LF or CRLF rows and keeps blank rows for row numbers', () => {
    expect(splitCsv('a,"b,""c"""\n\n1，2\r\n')).toEqual([['a', 'b,"c"'], [''], ['1', '2']]);
  });
});

describe('column mapping', () => {
  it('guesses Chinese and English headers', () => {
    expect(
      guessColumns([
        '楼号',
        '单元',
        '室',
        '姓名',
        '手机',
        '状态',
        '开始日期',
        '结束日期',
        '接种剂次',
        '全程剂次',
      ]),
    ).toEqual({
      building: 0,
      unit: 1,
      room: 2,
      name: 3,
      phone: 4,
      status: 5,
      statusFrom: 6,
      statusTo: 7,
      vaccineDoses: 8,
      vaccineSeries: 9,
    });
    const en = guessColumns(['Name', 'Building', 'Room', 'Phone', 'Doses']);
    expect(en).toEqual({ name: 0, building: 1, room: 2, phone: 3, vaccineDoses: 4 });
    expect(missingFields(guessColumns(['名字', '备注']))).toEqual(['building', 'room']);
  });
});

describe('validation', () => {
  const header = ['楼栋', '单元', '房号', '姓名', '电话', '状态', '开始日期', '结束日期', '接种剂次'];
  const map = guessColumns(header);

  it('turns good rows into residents with stable ids', () => {
    const v = validateRows(
      [header, ['3', '2', '1201', '张三', '138 1234 1234', '居家隔离', '2026-11-20', '2026/11/27', '2']],
      map,
      NOW,
    );
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.people[0]).toMatchObject({
      id: residentId('3', '2', '1201', '张三'),
      phone: '13812341234',
      status: 'home-quarantine',
      statusFrom: parseDay('2026-11-20'),
      vaccineDoses: 2,
      vaccineSeries: 2,
    });
  });

  it('reports every bad row by its spreadsheet row number and returns no people', () => {
    const v = validateRows(
      [
        header,
        ['1', '1', '101', '李四'],
        ['', '1', '102', '王五'],
        [],
        ['1', '1', '103', '赵六', 'x12', '发烧', '2026-13-01', '', '两'],
      ],
      map,
      NOW,
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [3, 'building', 'missing'],
      [5, 'phone', 'phone'],
      [5, 'status', 'status'],
      [5, 'statusFrom', 'date'],
      [5, 'vaccineDoses', 'doses'],
    ]);
  });

  it('refuses a sheet without the required columns or rows', () => {
    expect(validateRows([['姓名']], guessColumns(['姓名']), NOW)).toMatchObject({ ok: false });
    expect(validateRows([header], map, NOW)).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
  });

  it('never throws on random bytes, wrong encodings or huge rows, and is all-or-nothing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, prefix) => {
        const head = new TextEncoder().encode('楼栋,单元,房号,姓名,状态\n');
        const all = prefix ? Uint8Array.from([...head, ...bytes]) : bytes;
        const rows = splitCsv(decodeCsv(all).text);
        const v = validateRows(rows, guessColumns(rows[0] ?? []), NOW);
        if (v.ok) {
          const data = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
          expect(v.people.length).toBe(data.length);
        } else expect(v.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    const huge = `楼栋,房号,姓名\n${'1,101,'.concat('张'.repeat(100_000))}\n`;
    expect(validateRows(splitCsv(huge), guessColumns(['楼栋', '房号', '姓名']), NOW)).toMatchObject({
      ok: false,
    });
  });
});
