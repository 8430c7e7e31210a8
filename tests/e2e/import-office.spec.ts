/**
 * An office's sheet with one junk row: the report by row, the manager's choice to import the
 * valid rows (audited), the refused rows downloaded with their reasons, and the template.
 */
import { expect, test } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { RegistryPage } from './pages/registry-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a sheet with a title, a notes column and one junk row: import the valid rows, download the refused one', async ({
  page,
}) => {
  const sheet = [
    ['5楼人员名单'],
    ['情况说明：物业 11 月整理'],
    ['房号', '业主姓名', '联系电话', '状态', '', '说明'],
    ['5-1-101', '张三', '+86 139 1234 5678', '在住', '', '状态填“在住”即可'],
    ['5栋2单元201室', '李四', '1391234567', '正常'],
    ['5-2-202', '王五', '13700002222', '居家隔离'],
  ].map((row) => row.map((value) => ({ value })));
  const reg = new RegistryPage(page);
  await reg.openConsole();
  await reg.chooseFile('5楼.xlsx', XLSX, await writeXlsxFile(sheet).toBuffer());
  await expect(page.locator('[data-testid="import-note"][data-code="title-rows"]')).toContainText(
    '5楼人员名单',
  );
  await expect(page.locator('[data-testid="import-note"][data-code="ignored-columns"]')).toContainText(
    '说明',
  );
  await expect(reg.problems).toHaveCount(1);
  await expect(reg.problems.first()).toHaveAttribute('data-row', '5');
  await expect(reg.problems.first()).toContainText('第 5 行');
  await expect(page.getByTestId('import-run')).toHaveCount(0);

  const refused = await reg.download('import-refused-download');
  expect(refused.name).toBe('5楼-未导入.xlsx');
  const [sheetOut] = await readXlsxFile(refused.bytes);
  expect(sheetOut?.data[0]).toEqual([
    '原行号',
    '房号',
    '业主姓名',
    '联系电话',
    '状态',
    null,
    '说明',
    '未导入原因',
  ]);
  expect(sheetOut?.data.slice(1).map((r) => [r[0], r[2], String(r.at(-1))])).toEqual([
    ['5', '李四', expect.stringContaining('手机号格式错误')],
  ]);

  await page.getByTestId('import-valid').click();
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-refused', '1');
  const people = await reg.readTable<{
    name: string;
    building: string;
    unit: string;
    room: string;
    phone: string;
  }>('people');
  expect(people.map((p) => [p.name, p.building, p.unit, p.room, p.phone]).sort()).toEqual([
    ['张三', '5', '1', '101', '13912345678'],
    ['王五', '5', '2', '202', '13700002222'],
  ]);
  const audit = await reg.readTable<{ action: string; detail: string }>('audit');
  expect(audit.find((e) => e.action === 'import')?.detail).toBe('5楼.xlsx 2 refused:1');

  const template = await reg.download('import-template');
  const [tpl] = await readXlsxFile(template.bytes);
  expect(tpl?.data).toEqual([
    [
      '楼栋',
      '单元',
      '房号',
      '姓名',
      '手机',
      '身份证号',
      '状态',
      '开始日期',
      '结束日期',
      '接种剂次',
      '全程剂次',
    ],
  ]);
});

test('the official risk-area list imports as downloaded: its date, and the places it could not place named', async ({
  page,
}) => {
  await new SettingsPage(page).open();
  const entry = (province: string, city: string, county: string) => ({
    province,
    city,
    county,
    area_name: `${city}${county}某小区`,
    communitys: ['某小区'],
  });
  const list = {
    data: {
      end_update_time: '2022-04-15 11时',
      highlist: [entry('天津市', '天津市', '河西区'), entry('北京市', '朝阳区', '朝阳区')],
      middlelist: [entry('四川省', '成都市', '天府新区')],
      lowlist: [entry('广东省', '深圳市', '南山区')],
    },
  };
  const file = page.getByTestId('risk-file');
  await file.setInputFiles({
    name: 'risk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(list)),
  });
  await expect(page.getByTestId('risk-import-ok')).toContainText('3');
  await expect(page.getByTestId('risk-unresolved')).toContainText('四川省 成都市 天府新区');
  await expect(page.getByTestId('risk-list-date')).toContainText('2022-04-15 · 3');

  const bulletin = '关于调整风险等级的通报\n经研究决定，将某小区调整为高风险地区。\n';
  await file.setInputFiles({ name: '通报.txt', mimeType: 'text/plain', buffer: Buffer.from(bulletin) });
  await expect(page.getByTestId('risk-import-error')).toContainText('通报文字');
  await expect(page.getByTestId('risk-list-date')).toContainText('2022-04-15 · 3');
});
