/**
 * Where WebAssembly is unavailable (iOS Lockdown Mode, some managed devices) the camera must still
 * read codes: the scan module falls back to a pure-JavaScript QR reader. Chromium without its JIT
 * stands in for such a device: V8's `--jitless` removes the WebAssembly global, as Lockdown Mode
 * does (this Chromium, 156, ignores the older `--noexpose_wasm`: the test checks the global is gone).
 */
import { expect, test } from '@playwright/test';
import { PREVIEW_URL } from './browser.ts';
import { launchWithCamera, qrVideo } from './fixtures/fake-camera.ts';
import { GatePage } from './pages/gate-page.ts';

/**
 * One estate card, fixed: @zxing/library's reader misses some codes whatever the frame's scale
 * (about one random card in six here, every frame of it; see the README's not-yet list), so a
 * card made afresh each run made this test fail at random. This one it reads. The tablet holds
 * no estate key, so its signature is not checked: the card is read as an estate pass for review.
 */
const CARD =
  'EP1:PWGSLKC 4CW8MY9%GQ:6BIRKDF3VN20D3EF3F7VSD3A5HAM8746$/E6$C4G7OVFNVFNF6NB6.1TDFK EN7-SBBM26D3%N0J5UFN/CC.CC:TCNF6WA6-68381N4W9.GT-T769 IUBMVQ$F*4H:D18YJ8S5BZP+SVTXH:806Q7416$IA3A2K-6PDRVYI/CF/-KN8QN47YZFXOI1*V/3KW3';

test('without WebAssembly a card held to the camera is read and gets a verdict', async () => {
  const browser = await launchWithCamera(await qrVideo(CARD), ['--js-flags=--jitless']);
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
