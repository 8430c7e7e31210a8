import { expect, test } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { GatePage } from './pages/gate-page.ts';
import { ManagePage } from './pages/manage-page.ts';

test('logs and flags export to .xlsx, formula-safe, with what the filter shows', async ({ page }) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=xlsx-1');
  await gate.scanWithScanner('=HYPERLINK("http://evil.example","x")');
  await gate.completeCheck({ mask: 'none' });
  await gate.expectVerdict('deny');
  await gate.next();

  const manage = new ManagePage(page);
  await manage.open();
  await manage.setPin('975310', '赵经理');
  const [logs] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-logs-xlsx').click(),
  ]);
  expect(logs.suggestedFilename()).toMatch(/\.xlsx$/);
  const [sheet] = await readXlsxFile(await logs.path());
  const rows = sheet?.data ?? [];
  expect(rows).toHaveLength(3);
  const text = JSON.stringify(rows);
  expect(text).toContain('王芳');
  expect(rows.flat().some((c) => typeof c === 'string' && /^[=+\-@]/.test(c))).toBe(false);

  await manage.tab('flags');
  const [flags] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-flags-xlsx').click(),
  ]);
  const [flagSheet] = await readXlsxFile(await flags.path());
  // Header + unregistered twice + mask-none.
  expect(flagSheet?.data.length).toBe(4);
});
