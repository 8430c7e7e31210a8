import { expect, test } from '@playwright/test';
import { PREVIEW_URL } from './browser.ts';
import { launchWithCamera, qrVideo } from './fixtures/fake-camera.ts';
import { sha256 } from './hash.ts';
import { GatePage } from './pages/gate-page.ts';

test.describe('gate screen through the real camera path', () => {
  test('a QR code shown to the camera is decoded, recorded and survives a reload', async () => {
    const text = `HEALTH-LINK https://example.cn/code?t=${Date.now()}`;
    const browser = await launchWithCamera(await qrVideo(text));
    try {
      const context = await browser.newContext({
        baseURL: PREVIEW_URL,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      const gate = new GatePage(page);
      await gate.open();
      await gate.signIn('王芳');
      await expect(page.locator('.camera')).toHaveAttribute('data-camera-state', 'live');
      await expect(page.getByTestId('scan-details')).toHaveAttribute('data-format', 'opaque');
      await gate.completeCheck();
      await gate.expectVerdict('review', ['unregistered']);
      await gate.next();
      // The code stays in front of the camera: still one passage, not one per frame.
      await expect(gate.checkPanel).toHaveCount(0);
      await expect(gate.passages).toHaveCount(1);
      expect(await gate.passageHashes()).toEqual([sha256(text)]);

      await page.reload();
      await expect(gate.ready).toBeVisible();
      await expect(gate.passages.first()).toHaveAttribute('data-code-hash', sha256(text));
    } finally {
      await browser.close();
    }
  });
});
