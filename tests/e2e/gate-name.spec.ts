/**
 * Each tablet names its gate at setup (西门, 东门 …) instead of every tablet recording as
 * `gate-1`: the name is on the gate, on every passage it records and in the console's gate
 * filter. Naming at the gate is a first-setup step only; a rename is the manager's (PIN, audited).
 */
import { expect, test } from '@playwright/test';
import { setUpGate } from './fixtures/gate-setup.ts';
import { ManagePage } from './pages/manage-page.ts';
import { RegistryPage } from './pages/registry-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);

test('a new tablet names its gate; its checks carry the name; the console renames it, audited', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const { gate, estate } = await setUpGate(page, NOW);
  const unnamed = page.getByTestId('gate-unnamed');
  await expect(unnamed).toBeVisible();
  await expect(unnamed).toContainText('未命名');
  await unnamed.click();
  await page.getByTestId('gate-name-西门').click();
  await expect(page.getByTestId('gate-ready')).toHaveAttribute('data-gate', '西门');
  await expect(page.getByTestId('gate-name-badge')).toContainText('西门');
  await expect(unnamed).toHaveCount(0);

  await gate.scanAtOnce(estate.zhang);
  await page.getByTestId('temp-36.6').click();
  await page.getByTestId('mask-ok').click();
  await gate.expectVerdict('pass', []);
  await gate.next();
  const passages = await gate.readTable<{ gateId: string }>('passages');
  expect(passages.map((p) => p.gateId)).toEqual(['西门']);

  // Kept across a reload; the gate no longer offers to name itself.
  await page.reload();
  await expect(page.getByTestId('gate-ready')).toHaveAttribute('data-gate', '西门');
  await expect(page.getByTestId('gate-unnamed')).toHaveCount(0);

  // A rename is the manager's: in the console, behind the PIN, in the audit trail.
  const manage = new ManagePage(page);
  await new RegistryPage(page).openConsole();
  await manage.tab('settings');
  await page.getByTestId('console-gate-name').fill('东门');
  await page.getByTestId('console-gate-name-save').click();
  await expect(page.getByTestId('console-gate-name-saved')).toBeVisible();
  await manage.tab('audit');
  const entries = page.locator('[data-testid="audit-row"][data-action="setting"]');
  await expect(entries.filter({ hasText: '西门' })).toHaveCount(2);
  await expect(entries.filter({ hasText: '东门' })).toHaveCount(1);
  await page.goto('/');
  await expect(page.getByTestId('gate-ready')).toHaveAttribute('data-gate', '东门');
});
