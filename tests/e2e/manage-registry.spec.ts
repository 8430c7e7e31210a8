import { expect, test } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import type { Person } from '../../src/db/types.ts';
import { gbkBytes, RegistryPage } from './pages/registry-page.ts';

interface StoredPerson {
  id: string;
  name: string;
  phone: string | null;
  building: string;
  unit: string | null;
  room: string;
  status: string;
  vaccineDoses?: number | null;
}

const GBK_CSV = [
  '楼栋,单元,房号,姓名,手机,状态,开始日期,结束日期',
  '3,2,1201,张三丰,13812341234,居家隔离,2026-11-20,2026-11-27',
  '3,2,1201,李四,13900001111,正常,,',
  '5,1,301,王五,13700002222,集中隔离,2026/11/21,',
].join('\r\n');

test('a GBK CSV from Chinese Excel imports all its residents; lists mask them, the form shows them whole', async ({
  page,
}) => {
  expect([...gbkBytes('张')]).toEqual([0xd5, 0xc5]);
  const reg = new RegistryPage(page);
  await reg.openConsole();
  await reg.chooseFile('住户.csv', 'text/csv', gbkBytes(GBK_CSV));
  await expect(page.getByTestId('import-encoding')).toHaveAttribute('data-encoding', 'gbk');
  await expect(page.getByTestId('map-name')).toHaveValue('3');
  await expect(page.getByTestId('map-statusTo')).toHaveValue('7');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-count', '3');

  const people = await reg.readTable<StoredPerson>('people');
  expect(people.map((p) => [p.name, p.building, p.room, p.status]).sort()).toEqual([
    ['张三丰', '3', '1201', 'home-quarantine'],
    ['李四', '3', '1201', 'normal'],
    ['王五', '5', '301', 'central-quarantine'],
  ]);

  await reg.view('residents');
  await expect(reg.rows).toHaveCount(3);
  await expect(page.getByText('张*丰')).toBeVisible();
  await expect(page.getByText('138****1234')).toBeVisible();
  await expect(page.getByText('张三丰')).toHaveCount(0);
  await reg.search('5');
  await expect(reg.rows).toHaveCount(1);
  await reg.search('1390');
  await expect(reg.rows).toHaveCount(1);
  await reg.rows.first().click();
  await expect(page.getByTestId('person-name')).toHaveValue('李四');
  await page.getByTestId('person-vaccineDoses').fill('2');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-saved')).toBeVisible();
  const edited = (await reg.readTable<StoredPerson>('people')).find((p) => p.name === '李四');
  expect(edited?.vaccineDoses).toBe(2);

  await reg.view('households');
  await expect(page.getByTestId('registry-search')).toHaveValue('1390');
  await reg.search('');
  await expect(page.getByTestId('household-row')).toHaveCount(2);
  await expect(page.locator('[data-household="3-2-1201"]')).toContainText('2');

  await reg.view('residents');
  await page.getByTestId('person-add').click();
  await page.getByTestId('person-name').fill('孙八');
  await page.getByTestId('person-building').fill('5');
  await page.getByTestId('person-room').fill('302');
  await page.getByTestId('person-status').selectOption('home-monitoring');
  await page.getByTestId('person-statusTo').fill('2026-11-10');
  await page.getByTestId('person-statusFrom').fill('2026-11-20');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-error')).toBeVisible();
  await page.getByTestId('person-statusTo').fill('2026-11-30');
  await page.getByTestId('person-save').click();
  await expect(reg.rows).toHaveCount(4);
  const added = (await reg.readTable<StoredPerson>('people')).find((p) => p.name === '孙八');
  expect(added).toMatchObject({ building: '5', room: '302', status: 'home-monitoring' });

  const audit = await reg.readTable<{ action: string; who: string }>('audit');
  const actions = audit.map((e) => `${e.action}:${e.who}`);
  expect(actions).toEqual(expect.arrayContaining(['import:王经理', 'edit:王经理']));
  await page.getByTestId('tab-audit').click();
  await expect(page.locator('[data-testid="audit-row"][data-action="import"]')).toContainText('导入名单');
});

test('an .xlsx of households imports; a bad file is refused with its row numbers and changes nothing', async ({
  page,
}) => {
  const reg = new RegistryPage(page);
  await reg.openConsole();
  const sheet = [
    ['楼号', '单元', '室', '姓名', '电话', '接种剂次', '全程剂次'],
    ['7', '1', '101', '赵六', '13600003333', 2, 2],
    ['7', '1', '102', '钱七', '13600004444', 1, 2],
  ].map((row) => row.map((value) => ({ value })));
  const xlsx = await writeXlsxFile(sheet).toBuffer();
  const count = await reg.importFile(
    '户.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    xlsx,
  );
  expect(count).toBe(2);
  const before = await reg.readTable<StoredPerson>('people');
  expect(before.map((p) => [p.name, p.vaccineDoses]).sort()).toEqual([
    ['赵六', 2],
    ['钱七', 1],
  ]);

  const bad = [
    '楼栋,房号,姓名,手机,状态',
    '8,101,孙八,13500001111,正常',
    ',102,周九,,',
    '8,103,吴十,12ab,发烧',
  ].join('\n');
  await reg.chooseFile('bad.csv', 'text/csv', Buffer.from(bad, 'utf-8'));
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(page.getByTestId('import-run')).toHaveCount(0);
  const rows = await reg.problems.evaluateAll((els) => els.map((e) => `${e.dataset.row}:${e.dataset.field}`));
  expect(rows).toEqual(['3:building', '4:phone', '4:status']);
  await expect(reg.problems.first()).toContainText('第 3 行');
  expect(await reg.readTable<StoredPerson>('people')).toEqual(before);
});

test('exports: residents as CSV with a BOM and neutralised cells, households and ledger as .xlsx', async ({
  page,
}) => {
  const reg = new RegistryPage(page);
  await reg.openConsole();
  const csv = ['楼栋,单元,房号,姓名,手机', '9,1,101,=HYPERLINK("x"),13800001111', '9,1,102,陈一,'].join('\n');
  await reg.importFile('r.csv', 'text/csv', Buffer.from(csv, 'utf-8'));
  await reg.seedLog({
    ledger: [
      {
        id: 'L1',
        at: Date.now(),
        personId: 'decl-1',
        name: '刘二',
        phone: '13711112222',
        from: '440305',
        arrivedOn: '2026-11-22',
        transport: '火车',
        home: { building: '9', unit: '1', room: '102' },
        itinerary: [],
        status: 'pending',
        flagId: null,
        updatedAt: Date.now(),
      },
    ],
  });

  const residents = await reg.download('export-residents-csv');
  expect(residents.name).toMatch(/^residents-.*\.csv$/);
  const text = residents.bytes.toString('utf-8');
  expect(text.startsWith('\uFEFF楼栋,单元,房号,姓名,手机号')).toBe(true);
  expect(text).toContain(`"'=HYPERLINK(""x"")",13800001111`);
  expect(text).toContain('9,1,102,陈一,');

  const households = await reg.download('export-households-xlsx');
  const hRows = await readXlsxFile(households.bytes);
  expect(hRows[0]?.data.slice(1)).toEqual([
    ['9', '1', '101', 1, '无'],
    ['9', '1', '102', 1, '无'],
  ]);

  await reg.view('ledger');
  await expect(page.getByTestId('ledger-row')).toHaveCount(1);
  await expect(page.getByText('刘*')).toBeVisible();
  await page.getByTestId('ledger-status').selectOption('reported');
  await expect(page.getByTestId('ledger-row')).toHaveAttribute('data-status', 'reported');
  await expect(page.getByTestId('ledger-reported')).toBeVisible();
  await page.getByTestId('ledger-measure-kind').selectOption('home-monitoring');
  await page.getByTestId('ledger-measure-to').fill('2026-11-28');
  await page.getByTestId('ledger-measure-save').click();
  await expect(page.getByTestId('ledger-measure-kind')).toHaveValue('home-monitoring');
  const ledger = await reg.download('export-ledger-xlsx');
  const lRows = await readXlsxFile(ledger.bytes);
  expect(lRows[0]?.sheet).toBe('返乡台账');
  const [lHead, lRow] = lRows[0]?.data ?? [];
  expect(lHead).toHaveLength(16);
  // The committee's columns: name, ID last 4, phone, from (by name), arrival day (a date cell),
  // transport and its number, home, then the measure, when and by whom reported, and the status.
  expect(lRow?.slice(0, 8)).toEqual([
    '刘二',
    null,
    '13711112222',
    '广东省深圳市南山区',
    new Date(Date.UTC(2026, 10, 22)),
    '火车',
    null,
    '9-1-102',
  ]);
  expect(lRow?.slice(10, 13)).toEqual([
    '居家健康监测',
    new Date(Date.UTC(2026, 10, 22)),
    new Date(Date.UTC(2026, 10, 28)),
  ]);
  expect(lRow?.[13]).toBeInstanceOf(Date);
  expect(lRow?.[15]).toBe('已报备');

  await reg.view('residents');
  await reg.search('陈');
  await expect(reg.rows).toHaveCount(1);
  const searched = (await reg.download('export-residents-csv')).bytes.toString('utf-8');
  expect(searched).toContain('陈一');
  expect(searched).not.toContain('HYPERLINK');
});

test('every resident is reachable page by page with the count, rooms in natural order, found by room as offices write it; one who moved out is deleted, audited, passages kept', async ({
  page,
}) => {
  const reg = new RegistryPage(page);
  await reg.openConsole();
  // 6 buildings x 2 units x 24 homes (101 … 1202): 288 residents, more than any one page.
  const people: Person[] = [];
  for (let b = 1; b <= 6; b++)
    for (let u = 1; u <= 2; u++)
      for (let floor = 1; floor <= 12; floor++)
        for (let door = 1; door <= 2; door++) {
          const room = `${floor}0${door}`;
          people.push({
            id: `res-${b}-${u}-${room}`,
            kind: 'resident',
            // CJK names without digits, so a search by room finds rooms only.
            name: `住户${String.fromCharCode(0x4e00 + people.length)}`,
            phone: null,
            building: String(b),
            unit: String(u),
            room,
            status: 'normal',
            registeredUntil: null,
            updatedAt: Date.now(),
          });
        }
  const passage = {
    id: '01JTESTPASSAGE0000000000001',
    at: Date.now(),
    gateId: 'east',
    deviceId: 'dev-1',
    direction: 'in',
    codeHash: 'a'.repeat(64),
    codeFormat: 'estate-pass',
    verdict: 'pass',
    reasons: [],
    personId: 'res-1-1-101',
  };
  await reg.seedLog({ people, passages: [passage] });
  await reg.view('residents');
  const count = page.getByTestId('registry-count');
  await expect(count).toHaveAttribute('data-count', '288');
  await expect(count).toHaveText('共 288 人');
  await expect(reg.rows).toHaveCount(100);
  const ids = () => reg.rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  // Building, unit, then room by number: 101, 102, 201 … 1202, then the next unit.
  expect((await ids()).slice(0, 4)).toEqual(['res-1-1-101', 'res-1-1-102', 'res-1-1-201', 'res-1-1-202']);
  expect((await ids()).slice(18, 26)).toEqual([
    'res-1-1-1001',
    'res-1-1-1002',
    'res-1-1-1101',
    'res-1-1-1102',
    'res-1-1-1201',
    'res-1-1-1202',
    'res-1-2-101',
    'res-1-2-102',
  ]);
  await page.getByTestId('page-next').click();
  await page.getByTestId('page-next').click();
  await expect(page.getByTestId('registry-range')).toHaveText('第 201–288 条');
  await expect(reg.rows).toHaveCount(88);
  await expect(page.getByTestId('page-next')).toBeDisabled();
  expect((await ids()).at(-1)).toBe('res-6-2-1202');

  // Room 101 of every building and unit; one building's; one home, in the office's forms.
  await reg.search('101');
  await expect(count).toHaveAttribute('data-count', '12');
  await expect(reg.rows).toHaveCount(12);
  await reg.search('2-101');
  await expect(count).toHaveAttribute('data-count', '2');
  await reg.search('1栋1单元101');
  await expect(reg.rows).toHaveCount(1);
  await reg.search('1-1-101');
  await expect(reg.rows).toHaveCount(1);
  await expect(reg.rows.first()).toHaveAttribute('data-id', 'res-1-1-101');

  // Moved out: deleted after a second tap, audited; the passage stays.
  await reg.rows.first().click();
  await page.getByTestId('person-delete').click();
  await expect(page.getByTestId('person-delete-confirm')).toContainText('住户一');
  await page.getByTestId('person-delete-yes').click();
  await expect(page.getByTestId('person-deleted')).toBeVisible();
  await expect(reg.rows).toHaveCount(0);
  await reg.search('');
  await expect(count).toHaveAttribute('data-count', '287');
  const stored = await reg.readTable<Person>('people');
  expect(stored).toHaveLength(287);
  expect(stored.some((p) => p.id === 'res-1-1-101')).toBe(false);
  expect((await reg.readTable<{ id: string; personId: string }>('passages')).map((p) => p.personId)).toEqual([
    'res-1-1-101',
  ]);
  const audit = await reg.readTable<{ action: string; who: string; detail: string }>('audit');
  expect(audit.filter((e) => e.action === 'delete')).toEqual([
    expect.objectContaining({ who: '王经理', detail: 'resident res-1-1-101' }),
  ]);
  await page.getByTestId('tab-audit').click();
  await expect(page.locator('[data-testid="audit-row"][data-action="delete"]')).toContainText('删除人员');
});
