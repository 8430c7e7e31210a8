/** The files a property office really has: title rows, its own header words, addresses in one cell. */
import { describe, expect, it } from 'vitest';
import { guessColumns } from './columns.ts';
import type { TableRows } from './read-table.ts';
import { doseCount, phoneNumber, splitAddress } from './resident-values.ts';
import { checkResidents } from './residents.ts';

const NOW = Date.UTC(2026, 10, 23, 2);
const table = (rows: string[][], otherSheets: string[] = []): TableRows => ({
  rows,
  encoding: 'xlsx',
  otherSheets,
});

describe("a property office's sheet", () => {
  it('looks past a title and a 情况说明 row to the header on row 3, and says so', () => {
    const s = checkResidents(
      table([
        ['3楼人员名单', '', ''],
        ['情况说明：本表由物业于11月20日整理', '', ''],
        ['楼号', '单元', '房号', '业主姓名', '联系电话', '状态'],
        ['3', '一单元', '101', '张三', '+86 139 1234 5678', '在住'],
      ]),
      NOW,
    );
    expect(s.header).toBe(2);
    expect(s.check.ok).toBe(true);
    expect(s.check.people[0]).toMatchObject({
      building: '3',
      unit: '1',
      room: '101',
      name: '张三',
      phone: '13912345678',
      status: 'normal',
    });
    expect(s.notes).toEqual([
      { code: 'title-rows', value: '3楼人员名单 / 情况说明：本表由物业于11月20日整理' },
    ]);
  });

  it.each([
    [['业主名称', '门牌号', '楼号'], { name: 0, room: 1, building: 2 }],
    [['业主姓名', '房间号码', '建筑物名称'], { name: 0, room: 1, building: 2 }],
    [['权利人', '房号', '楼号', '公民身份号码'], { name: 0, room: 1, building: 2, idNumber: 3 }],
    [['姓名', '证件号码', '手机号码', '房号（独栋填门牌号）'], { name: 0, idNumber: 1, phone: 2, room: 3 }],
  ])('reads the header %j', (header, map) => {
    expect(guessColumns(header)).toEqual(map);
  });

  it('splits 1-1-101 and 1栋1单元101室 written in one column into building, unit and room', () => {
    const s = checkResidents(
      table([
        ['房号', '姓名', '疫苗接种情况', '身份证号'],
        ['1-1-101', '李四', '未接种', '11010519491231002X'],
        ['1栋1单元102室', '王五', '已接种加强针', ''],
        ['3号楼二单元1201', '赵六', '2', ''],
      ]),
      NOW,
    );
    expect(s.check.problems).toEqual([]);
    expect(s.check.people.map((p) => [p.building, p.unit, p.room, p.vaccineDoses, p.idLast4])).toEqual([
      ['1', '1', '101', 0, '002X'],
      ['1', '1', '102', 3, null],
      ['3', '2', '1201', 2, null],
    ]);
  });

  it('refuses a 10-digit phone, a bad ID and a room without a building, by row, and keeps the rest', () => {
    const s = checkResidents(
      table([
        ['房号', '姓名', '手机', '证件号码'],
        ['1-1-101', '李四', '1391234567', ''],
        ['1-1-102', '王五', '139 1234 5678', '123'],
        ['103', '赵六', '', ''],
        ['1-1-104', '孙七', '0086 13912345678', ''],
      ]),
      NOW,
    );
    expect(s.check.ok).toBe(false);
    expect(s.check.sheetRefused).toBe(false);
    expect(s.check.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'phone', 'phone'],
      [3, 'idNumber', 'id'],
      [4, 'building', 'missing'],
    ]);
    expect(s.check.people.map((p) => [p.name, p.phone])).toEqual([['孙七', '13912345678']]);
  });

  it('leaves out empty header cells, a side block of notes and extra sheets, with a note each', () => {
    const s = checkResidents(
      table(
        [
          ['楼栋', '房号', '姓名', '', '', '说明'],
          ['1', '101', '李四', '', '', '状态请填“正常”'],
          ['1', '102', '王五', '', '旧号码', ''],
        ],
        ['Sheet2', '统计'],
      ),
      NOW,
    );
    expect(s.check.ok).toBe(true);
    expect(s.check.people).toHaveLength(2);
    expect(s.notes).toEqual([
      { code: 'ignored-columns', value: '第 5 列（无表头）、说明' },
      { code: 'other-sheets', value: 'Sheet2、统计' },
    ]);
  });
});

describe('cell values', () => {
  it.each([
    ['+86 139 1234 5678', '13912345678'],
    ['139-1234-5678', '13912345678'],
    ['8613912345678', '13912345678'],
    ['010-12345678', '01012345678'],
    ['+852 9123 4567', '+85291234567'],
    ['+86 139 1234 567', undefined],
    ['', ''],
    ['1391234567', undefined],
    ['12ab', undefined],
  ])('phone %j → %j', (text, phone) => expect(phoneNumber(text)).toBe(phone));

  it.each([
    ['未接种', 0],
    ['已接种加强针', 3],
    ['已接种2针', 2],
    ['第三针', 3],
    ['', null],
    ['两', undefined],
  ])('doses %j → %j', (text, doses) => expect(doseCount(text)).toBe(doses));

  it('does not take a plain room number for a whole address', () => {
    expect(splitAddress('101')).toBeNull();
    expect(splitAddress('1-101')).toBeNull();
  });
});
