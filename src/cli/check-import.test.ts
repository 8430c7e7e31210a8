/** `check-import` run as the contract says (CONTRACTS §6), on files made here, as a subprocess. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';

const dir = mkdtempSync(join(tmpdir(), 'check-import-'));
const KEYS = [
  'file',
  'kind',
  'ok',
  'format',
  'rows',
  'accepted',
  'refused',
  'fileError',
  'listDate',
  'unresolved',
];

function run(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'check-import', '--', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: r.status,
    stderr: r.stderr,
    reports: r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

function write(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

const paths: Record<string, string> = {};

beforeAll(async () => {
  const sheet = [
    ['3楼人员名单'],
    ['情况说明：物业整理'],
    ['房号', '业主姓名', '联系电话', '状态'],
    ['1-1-101', '张三', '+86 139 1234 5678', '在住'],
    ['1栋1单元102室', '李四', '1391234567', '正常'],
  ].map((row) => row.map((value) => ({ value })));
  paths.xlsx = write('住户.xlsx', new Uint8Array(await writeXlsxFile(sheet).toBuffer()));
  paths.xls = write(
    '旧表.xls',
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(512)]),
  );
  paths.noHeader = write('乱.csv', 'a,b,c\n1,2,3\n');
  paths.nhc = write(
    'risk.json',
    JSON.stringify({
      data: {
        end_update_time: '2022-04-15 11时',
        highlist: [
          {
            province: '天津市',
            city: '天津市',
            county: '河西区',
            area_name: '天津市河西区某小区',
            communitys: ['某小区'],
          },
        ],
        middlelist: [
          { province: '四川省', city: '成都市', county: '天府新区', area_name: '某街道', communitys: [] },
        ],
        lowlist: [],
      },
    }),
  );
  paths.bulletin = write('通报.txt', '关于调整风险等级的通报\n经研究决定，将某小区调整为高风险地区。\n');
});

describe('check-import', () => {
  it('reports a residents workbook as the console reads it: title rows past, a bad row refused with words', () => {
    const { code, reports } = run([
      '--kind',
      'residents',
      paths.xlsx ?? '',
      paths.xls ?? '',
      paths.noHeader ?? '',
    ]);
    expect(code).toBe(0);
    expect(reports.map((r) => Object.keys(r))).toEqual([KEYS, KEYS, KEYS]);
    expect(reports[0]).toMatchObject({
      kind: 'residents',
      ok: true,
      format: 'xlsx',
      rows: 2,
      accepted: 1,
      refused: [{ row: 5, field: 'phone', code: 'phone' }],
      fileError: null,
      listDate: null,
      unresolved: [],
    });
    expect(JSON.stringify(reports[0]?.refused)).toContain('手机号格式错误');
    expect(reports[1]).toMatchObject({ ok: false, accepted: 0, fileError: { code: 'legacy-xls' } });
    expect(JSON.stringify(reports[1]?.fileError)).toContain('请另存为 .xlsx');
    expect(reports[2]).toMatchObject({ ok: false, fileError: { code: 'no-header' } });
  });

  it('reports the official risk-area list with its date and the places it could not resolve', () => {
    const { code, reports } = run(['--kind', 'risk-areas', paths.nhc ?? '', paths.bulletin ?? '']);
    expect(code).toBe(0);
    expect(reports[0]).toMatchObject({
      kind: 'risk-areas',
      ok: true,
      format: 'nhc-json',
      accepted: 2,
      listDate: '2022-04-15',
      unresolved: ['四川省 成都市 天府新区'],
      fileError: null,
    });
    expect(reports[1]).toMatchObject({ ok: false, accepted: 0, fileError: { code: 'bulletin' } });
  });

  it('exits 2 only for unusable arguments', () => {
    expect(run(['--kind', 'people', 'x.csv']).code).toBe(2);
    expect(run(['--kind', 'residents']).code).toBe(2);
    expect(run([]).code).toBe(2);
    const missing = run(['--kind', 'residents', join(dir, 'none.csv')]);
    expect(missing.code).toBe(0);
    expect(missing.reports[0]).toMatchObject({ ok: false, fileError: { code: 'cannot-open' } });
  });
});
