/**
 * Accessibility (WCAG 2.1 AA, axe-core) on every screen a user reaches: the gate at its kiosk size
 * in both languages and with a verdict up, the device screen, registration on a 320 px phone, the
 * console's PIN screen and each of its tabs, the printable cards and the registration poster. A violation is reported
 * with its rule, its impact and the elements it names, so the failure says what to fix.
 */
import { expect, test } from '@playwright/test';
import { violations } from './fixtures/axe.ts';
import { setUpGate } from './fixtures/gate-setup.ts';
import { GatePage } from './pages/gate-page.ts';
import { RegistryPage } from './pages/registry-page.ts';

test.describe('every screen meets WCAG 2.1 AA', () => {
  // Each test runs axe several times over a whole screen: more than the default minute on 2 cores.
  test.describe.configure({ timeout: 150_000 });
  test('the gate: ready, in English, and with a verdict up', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    // Nobody on duty yet: the sign-in.
    expect(await violations(page)).toEqual([]);
    await gate.signIn('王芳');
    expect(await violations(page)).toEqual([]);

    await gate.scanWithScanner('https://example.invalid/health-code?id=a11y');
    await gate.completeCheck();
    await gate.expectVerdict('review', ['unregistered']);
    expect(await violations(page)).toEqual([]);
    await gate.next();
    await gate.changeVolunteer('李强');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('handover-back').click();

    await page.getByTestId('lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await violations(page)).toEqual([]);
  });

  test('the gate in each state of a check: open, re-measure, each verdict, undone, colour to tap', async ({
    page,
  }) => {
    const { gate, estate } = await setUpGate(page, Date.now());
    expect(await violations(page)).toEqual([]);
    await gate.scanAtOnce(estate.zhang);
    await expect(page.getByTestId('check-panel')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await gate.typeTemperature('38.6');
    await expect(page.getByTestId('remeasure')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await gate.typeTemperature('36.6');
    await page.getByTestId('mask-ok').click();
    await expect(page.getByTestId('verdict')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await gate.next();
    await gate.scanAtOnce(estate.li);
    await page.getByTestId('temp-36.6').click();
    await page.getByTestId('mask-none').click();
    await gate.expectVerdict('deny');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('undo-check').click();
    await expect(page.getByTestId('undone-note')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('cancel-check').click();
    // A code the gate cannot verify: the volunteer taps the colour.
    await gate.scanAtOnce('https://jkm.example.gov.cn/code?u=a11y');
    await expect(page.getByTestId('code-green')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the device screen', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.getByTestId('device-screen')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('registration on a 320 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/register');
    await expect(page.locator('main.register')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the console: its PIN screen and each tab', async ({ page }) => {
    await page.goto('/manage');
    await expect(page.getByTestId('pin-gate')).toBeVisible();
    expect(await violations(page)).toEqual([]);

    const registry = new RegistryPage(page);
    await registry.openConsole();
    const tabs = await page
      .locator('[data-testid^="tab-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    expect(tabs.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const tab of tabs) {
      await page.getByTestId(tab).click();
      await expect(page.getByTestId(tab)).toHaveAttribute('aria-selected', 'true');
      for (const v of await violations(page)) found.push(`${tab}: ${v}`);
    }
    for (const view of ['residents', 'households', 'visitors', 'ledger', 'import'] as const) {
      await registry.view(view);
      for (const v of await violations(page)) found.push(`registry-${view}: ${v}`);
    }
    expect(found).toEqual([]);
  });

  test('the printable cards', async ({ page }) => {
    await new RegistryPage(page).openConsole('/print');
    expect(await violations(page)).toEqual([]);
  });

  test('the scan-to-register poster', async ({ page }) => {
    await new RegistryPage(page).openConsole();
    await page.getByTestId('tab-estate').click();
    await page.getByTestId('open-poster').click();
    await expect(page.getByTestId('registration-qr').locator('img')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
