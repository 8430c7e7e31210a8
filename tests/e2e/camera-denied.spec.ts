import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_URL } from './browser.ts';
import { violations } from './fixtures/axe.ts';
import { GatePage } from './pages/gate-page.ts';

test.describe('camera missing or denied', () => {
  test('a denied camera is explained in Chinese and the scanner still works', async () => {
    // A fake camera exists but the permission prompt is not auto-accepted: it is denied.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream'],
    });
    try {
      const context = await browser.newContext({
        baseURL: PREVIEW_URL,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      const gate = new GatePage(page);
      await gate.open();
      await expect(gate.cameraError).toBeVisible();
      await expect(gate.cameraError).toHaveAttribute('data-why', 'denied');
      await expect(gate.cameraError).toContainText('摄像头权限被拒绝');
      await expect(gate.cameraError).toContainText('扫码枪仍可使用');
      // An installed app (display-mode standalone) has no address bar: the words must do for both.
      await expect(gate.cameraError).not.toContainText('地址栏');
      await expect(gate.cameraError).toContainText('设置');
      expect(await violations(page)).toEqual([]);
      await gate.signIn('王芳');
      await gate.scanWithScanner('SCANNER-AFTER-DENIED');
      await gate.completeCheck();
      await gate.expectVerdict('review', ['unregistered']);
      await expect(gate.passages).toHaveCount(1);
    } finally {
      await browser.close();
    }
  });

  test('no camera at all is explained and the scanner still works', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ baseURL: PREVIEW_URL, permissions: ['camera'] });
      const page = await context.newPage();
      const gate = new GatePage(page);
      await gate.open();
      await expect(gate.cameraError).toBeVisible();
      await expect(gate.cameraError).toHaveAttribute('data-why', /missing|denied|unknown/);
      await gate.signIn('王芳');
      await gate.scanWithScanner('SCANNER-NO-CAMERA');
      await gate.completeCheck();
      await gate.expectVerdict('review', ['unregistered']);
    } finally {
      await browser.close();
    }
  });
});
