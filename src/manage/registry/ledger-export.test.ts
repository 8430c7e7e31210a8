import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { LedgerEntry } from '../../db/index.ts';
import type { RegionNode } from '../../shared/regions.ts';
import { xlsxSheet } from '../table-file.ts';
import { ledgerTable } from './export.ts';

const AT = new Date(2026, 10, 22, 18, 30).getTime();
const REPORTED = new Date(2026, 10, 23, 9, 5).getTime();
const TREE: RegionNode[] = [
  {
    code: '44',
    name: '广东省',
    children: [{ code: '4403', name: '深圳市', children: [{ code: '440305', name: '南山区' }] }],
  },
  {
    code: '31',
    name: '上海市',
    children: [{ code: '3101', name: '市辖区', children: [{ code: '310115', name: '浦东新区' }] }],
  },
];

const ENTRY: LedgerEntry = {
  id: 'L1',
  at: AT,
  personId: 'decl-1',
  name: '=刘二',
  phone: '13711112222',
  from: '440305',
  arrivedOn: '2026-11-22',
  transport: '火车',
  transportNo: 'G1234',
  home: { building: '9', unit: '1', room: '102' },
  itinerary: [
    { region: '440305', date: '2026-11-18' },
    { region: '310115', date: '2026-11-20' },
  ],
  status: 'reported',
  flagId: null,
  updatedAt: REPORTED,
  idLast4: '0012',
  colour: 'green',
  measure: { kind: 'home-monitoring', from: '2026-11-22', to: '2026-11-28' },
  reportedAt: REPORTED,
  reportedBy: '赵经理',
};
// An entry from before these fields: what it has is exported, the rest left empty.
const OLD: LedgerEntry = {
  id: 'L0',
  at: AT,
  personId: 'decl-0',
  name: '陈三',
  phone: '13900001111',
  from: '外地',
  arrivedOn: '2026-11-21',
  transport: '自驾',
  home: null,
  itinerary: [],
  status: 'pending',
  flagId: null,
  updatedAt: AT,
};

async function workbook(entries: LedgerEntry[]) {
  const table = ledgerTable(entries, TREE);
  const { data, ...options } = xlsxSheet(table.sheet, table.header, table.rows);
  const bytes = (await writeXlsxFile(data, options).toBuffer()) as Buffer;
  const files = unzipSync(new Uint8Array(bytes));
  const xml = (name: string) => new TextDecoder().decode(files[name]);
  // A serial day number read back may be a millisecond off: dates compare to the minute.
  const sheets = (await readXlsxFile(bytes)).map((sheet) => ({
    ...sheet,
    data: sheet.data.map((row) =>
      row.map((c) => (c instanceof Date ? new Date(Math.round(c.getTime() / 60_000) * 60_000) : c)),
    ),
  }));
  return { table, sheets, xml };
}

describe('the returnee ledger export (台账)', () => {
  it('has the columns the committee keeps, in a sheet named for it', async () => {
    const { sheets } = await workbook([ENTRY]);
    expect(sheets.map((s) => s.sheet)).toEqual(['返乡台账']);
    expect(sheets[0]?.data[0]).toEqual([
      '姓名',
      '身份证后四位',
      '手机号',
      '来自地区',
      '到达日期',
      '交通方式',
      '车次/航班号',
      '住址',
      '14天行程',
      '健康码颜色',
      '管控措施',
      '管控开始日期',
      '管控结束日期',
      '报备时间',
      '报备人',
      '状态',
    ]);
  });

  it('writes typed cells: dates as dates, text as text (no apostrophe), places by name', async () => {
    const { sheets, xml } = await workbook([ENTRY, OLD]);
    const [row, old] = sheets[0]?.data.slice(1) ?? [];
    expect(row).toEqual([
      '=刘二',
      '0012',
      '13711112222',
      '广东省深圳市南山区',
      new Date(Date.UTC(2026, 10, 22)),
      '火车',
      'G1234',
      '9-1-102',
      '广东省深圳市南山区 11-18；上海市浦东新区 11-20',
      '绿码',
      '居家健康监测',
      new Date(Date.UTC(2026, 10, 22)),
      new Date(Date.UTC(2026, 10, 28)),
      new Date(Date.UTC(2026, 10, 23, 9, 5)),
      '赵经理',
      '已报备',
    ]);
    expect(old).toEqual([
      '陈三',
      null,
      '13900001111',
      '外地',
      new Date(Date.UTC(2026, 10, 21)),
      '自驾',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '待报备',
    ]);
    const sheet = xml('xl/worksheets/sheet1.xml');
    // "=刘二" is a text cell: no formula anywhere, and no apostrophe added to show.
    expect(sheet).not.toContain('<f>');
    expect(xml('xl/sharedStrings.xml')).not.toContain("'=");
    // Dates carry a date format; text cells the Text format.
    const styles = xml('xl/styles.xml');
    expect(styles).toContain('yyyy-mm-dd');
    expect(styles).toContain('yyyy-mm-dd hh:mm');
  });

  it('sizes each column to its widest text', async () => {
    const { xml } = await workbook([ENTRY]);
    const widths = [...xml('xl/worksheets/sheet1.xml').matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(16);
    // The itinerary is the widest column; ID last 4 is narrower than it, and no column is tiny.
    expect(Math.max(...widths)).toBe(widths[8]);
    expect(widths[1]).toBeLessThan(widths[8] ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(6);
  });
});
