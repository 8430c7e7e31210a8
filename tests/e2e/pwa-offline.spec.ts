import { expect, test } from '@playwright/test';
import { PREVIEW_URL } from './browser.ts';
import { launchWithCamera, qrVideo } from './fixtures/fake-camera.ts';
import { sha256 } from './hash.ts';
import { GatePage } from './pages/gate-page.ts';

test.describe('installable and offline', () => {
  test('the manifest is installable: zh-CN name, icons, fullscreen, landscape', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await request.get(new URL(href ?? '', PREVIEW_URL).toString())).json();
    expect(manifest.lang).toBe('zh-CN');
    expect(manifest.name).toContain('门岗');
    expect(['fullscreen', 'standalone']).toContain(manifest.display);
    expect(manifest.orientation).toBe('landscape');
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string }[]) {
      const res = await request.get(new URL(icon.src, PREVIEW_URL).toString());
      expect(res.ok(), icon.src).toBe(true);
    }
  });

  test('after the first visit the shell and the decoder work with the network off', async () => {
    const text = `OFFLINE-QR-${Date.now()}`;
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
      await gate.waitForServiceWorker();
      await gate.completeCheck();
      await gate.expectVerdict('review', ['unregistered']);
      await gate.next();
      await expect(gate.passages).toHaveCount(1);

      await context.setOffline(true);
      await page.reload();
      await expect(gate.ready).toBeVisible();
      await expect(page.getByTestId('network')).toContainText('离线');
      // The decoder's wasm comes from the precache: the camera still decodes offline.
      await gate.completeCheck();
      await gate.expectVerdict('review', ['unregistered']);
      await gate.next();
      await expect(gate.passages).toHaveCount(2);
      expect(await gate.passageHashes()).toEqual([sha256(text), sha256(text)]);
      await gate.checkUnregistered('SCANNER-OFFLINE');
      await expect(gate.passages).toHaveCount(3);
    } finally {
      await browser.close();
    }
  });
});
