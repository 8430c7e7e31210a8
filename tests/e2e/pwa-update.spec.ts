import { appendFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';
import { GatePage } from './pages/gate-page.ts';

const OUT_DIR = process.env.GATE_OUT_DIR ?? 'dist';
const SW_FILE = `${OUT_DIR}/sw.js`;

// No camera here: with Chromium's fake camera streaming, the browser makes no service worker
// update check at all (registration.update() never fetches sw.js, measured on Debian's
// Chromium), which is not what these tests are about. The gate takes codes from the scanner.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } });

test.describe('service worker updates', () => {
  test('a new version is offered, not forced, and applied when the volunteer accepts', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
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

  test('a second tab still on the previous version opens a screen it had not loaded yet after the update', async ({
    context,
  }) => {
    const older = await context.newPage();
    const olderGate = new GatePage(older);
    await olderGate.open();
    await olderGate.waitForServiceWorker();
    const newer = await context.newPage();
    await new GatePage(newer).open();

    // A new deployment whose device-screen chunk has another name: the old chunk is gone from
    // the server, and the new service worker's precache does not list it.
    const chunk = readdirSync(`${OUT_DIR}/assets`).find((f) => /^DeviceScreen-.*\.js$/.test(f));
    if (!chunk) throw new Error('no DeviceScreen chunk in the build');
    const renamed = chunk.replace('DeviceScreen-', 'DeviceScreen-next');
    const original = readFileSync(SW_FILE, 'utf8');
    try {
      renameSync(`${OUT_DIR}/assets/${chunk}`, `${OUT_DIR}/assets/${renamed}`);
      writeFileSync(SW_FILE, `${original.replaceAll(chunk, renamed)}\n// next version ${Date.now()}\n`);
      await newer.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await expect(newer.getByTestId('update-banner')).toBeVisible();
      await Promise.all([newer.waitForEvent('load'), newer.getByTestId('update-now').click()]);
      await expect(newer.getByTestId('gate-ready')).toBeVisible();
      // The old chunk is no longer on the server.
      expect((await older.request.get(`/assets/${chunk}`)).headers()['content-type']).not.toContain(
        'javascript',
      );

      // The older tab was never reloaded: it still asks for the old chunk, and gets it.
      await older.getByTestId('open-settings').click();
      await expect(older.getByTestId('device-screen')).toBeVisible();
      await expect(older.getByTestId('screen-load-failed')).toHaveCount(0);
    } finally {
      renameSync(`${OUT_DIR}/assets/${renamed}`, `${OUT_DIR}/assets/${chunk}`);
      writeFileSync(SW_FILE, original);
    }
  });
});
