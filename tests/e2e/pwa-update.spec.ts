import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';

const SW_FILE = `${process.env.GATE_OUT_DIR ?? 'dist'}/sw.js`;

test.describe('service worker updates', () => {
  test('a new version is offered, not forced, and applied when the volunteer accepts', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.waitForServiceWorker();
    await gate.checkUnregistered('BEFORE-UPDATE');
    // A check in progress when the new version arrives.
    await gate.scanWithScanner('MID-CHECK');
    await gate.page.getByTestId('code-green').click();

    const original = readFileSync(SW_FILE, 'utf8');
    try {
      // A new deployment: the served service worker changes by one byte sequence.
      appendFileSync(SW_FILE, `\n// next version ${Date.now()}\n`);
      await page.evaluate(async () => {
        (window as unknown as { marker: string }).marker = 'same page';
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await expect(page.getByTestId('update-banner')).toBeVisible();
      // Not forced: the page was not reloaded and the scan result is still on screen.
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
      await expect(gate.checkPanel).toBeVisible();
      await expect(page.getByTestId('code-green')).toHaveAttribute('aria-pressed', 'true');

      // Accepted mid-check: nothing happens until the check ends.
      await page.getByTestId('update-now').click();
      await expect(page.getByTestId('update-banner')).toContainText('本次核验结束后');
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
      await page.getByTestId('temp-36.5').click();
      await Promise.all([page.waitForEvent('load'), page.getByTestId('mask-ok').click()]);
      await expect(gate.ready).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
      await expect(page.getByTestId('update-banner')).toHaveCount(0);
      // The check that was in progress was recorded before the new version took over.
      await expect(gate.passages).toHaveCount(2);
    } finally {
      writeFileSync(SW_FILE, original);
    }
  });
});
