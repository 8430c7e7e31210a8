/**
 * Where WebAssembly is unavailable (iOS Lockdown Mode, some managed devices) the camera must still
 * read codes: the scan module falls back to a pure-JavaScript QR reader. Chromium without its JIT
 * stands in for such a device: V8's `--jitless` removes the WebAssembly global, as Lockdown Mode
 * does (this Chromium, 156, ignores the older `--noexpose_wasm`: the test checks the global is gone).
 */
import { expect, test } from '@playwright/test';
import { PREVIEW_URL } from './browser.ts';
import { makeEstate } from './fixtures/estate.ts';
import { launchWithCamera, qrVideo } from './fixtures/fake-camera.ts';
import { GatePage } from './pages/gate-page.ts';

test('without WebAssembly a card held to the camera is read and gets a verdict', async () => {
  const estate = await makeEstate(Date.now());
  const browser = await launchWithCamera(await qrVideo(estate.zhang), ['--js-flags=--jitless']);
  try {
    const context = await browser.newContext({
      baseURL: PREVIEW_URL,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
    await expect(page.locator('.camera')).toHaveAttribute('data-camera-state', 'live');
    await expect(page.getByTestId('scan-details')).toHaveAttribute('data-format', 'estate-pass');
    await gate.completeCheck();
    await expect(gate.verdict).toHaveAttribute('data-verdict', /^(pass|review|deny)$/);
    await expect(page.getByTestId('recorded')).toBeVisible();
    await expect(gate.passages).toHaveCount(1);
  } finally {
    await browser.close();
  }
});
