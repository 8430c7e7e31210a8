import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';
import { ManagePage } from './pages/manage-page.ts';

test('the daily report shows the day: counts, fevers, flags with their resolutions, and the duty roster; it prints on A4', async ({
  page,
}) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=r1');
  await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=r2');
  await gate.completeCheck({ temperature: '38.1' });
  await gate.typeTemperature('38.3');
  await gate.expectVerdict('deny');
  await gate.next();
  await page
    .locator('[data-testid="flag"][data-kind="unregistered"]')
    .first()
    .getByRole('button')
    .first()
    .click();
  await page.getByTestId('resolve-sent-to-register').click();
  // Resolved only once the write committed: the queue re-reads after it.
  await expect(page.locator('[data-testid="flag"][data-kind="unregistered"]')).toHaveCount(1);

  const manage = new ManagePage(page);
  await manage.open();
  await manage.setPin('864209', '赵经理');
  await page.getByTestId('tab-report').click();
  const report = page.getByTestId('daily-report');
  await expect(report.locator('[data-key="review"]')).toHaveAttribute('data-count', '1');
  await expect(report.locator('[data-key="deny"]')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('report-fevers').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('report-fevers')).toContainText('38.1 → 38.3');
  await expect(page.getByTestId('report-flags').locator('[data-status="resolved"]')).toContainText(
    '已引导登记',
  );
  await expect(page.getByTestId('report-roster').locator('[data-volunteer="王芳"]')).toHaveAttribute(
    'data-checks',
    '2',
  );

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
