/** Each tablet is named for its gate at setup, and its records say which gate. */
import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';

test('a new tablet asks for its gate name on the device screen; its checks then carry it', async ({
  page,
}) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await page.getByTestId('open-settings').click();
  const current = page.getByTestId('gate-name-current');
  await expect(current).toHaveAttribute('data-named', 'false');

  await page.getByTestId('gate-name-input').fill('   ');
  await page.getByTestId('gate-name-save').click();
  await expect(page.getByTestId('gate-name-refused')).toBeVisible();
  await page.getByTestId('gate-name-input').fill('东门');
  await page.getByTestId('gate-name-save').click();
  await expect(current).toHaveAttribute('data-named', 'true');
  await expect(current).toContainText('东门');

  await page.getByTestId('back-to-gate').click();
  await expect(gate.ready).toHaveAttribute('data-gate', '东门');
  await gate.checkUnregistered('SOMEONE-WITHOUT-A-PASS');
  const [passage] = await gate.readTable<{ gateId: string }>('passages');
  expect(passage?.gateId).toBe('东门');
  const audit = await gate.readTable<{ action: string; who: string; detail: string }>('audit');
  expect(audit.filter((e) => e.action === 'gate-name')).toEqual([
    expect.objectContaining({ who: '王芳', detail: '— → 东门' }),
  ]);

  // The name stays after a reload.
  await page.reload();
  await expect(gate.ready).toHaveAttribute('data-gate', '东门');
});
