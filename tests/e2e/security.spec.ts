import { expect, test } from '@playwright/test';
import { PREVIEW_URL } from './browser.ts';
import { makeEstate } from './fixtures/estate.ts';
import { launchWithCamera, qrVideo } from './fixtures/fake-camera.ts';
import { GatePage } from './pages/gate-page.ts';
import { SettingsPage, seedResidents } from './pages/settings-page.ts';

test.describe('security', () => {
  test('a whole session requests nothing from any origin but the app, and breaks no content-security rule', async () => {
    const estate = await makeEstate(Date.now());
    const browser = await launchWithCamera(await qrVideo(estate.zhang));
    try {
      const context = await browser.newContext({
        baseURL: PREVIEW_URL,
        viewport: { width: 1280, height: 800 },
      });
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const page = await context.newPage();
      const gate = new GatePage(page);
      const settings = new SettingsPage(page);
      await settings.importBundle('estate.json', estate.bundle);
      await expect(page.getByTestId('trust-import-ok')).toBeVisible();
      await settings.backToGate();
      await gate.signIn('王芳');
      // The camera path loads the decoder's wasm: from the app's own origin.
      await expect(page.getByTestId('scan-details')).toHaveAttribute('data-signature', 'valid');
      await page.getByTestId('temp-36.5').click();
      await page.getByTestId('mask-ok').click();
      await expect(gate.verdict).toBeVisible();
      await gate.next();
      await gate.scanWithScanner('<img src=x onerror="window.pwned=1">');
      await gate.completeCheck();
      await expect(gate.verdict).toBeVisible();

      const foreign = requests.filter(
        (u) => !u.startsWith(PREVIEW_URL) && !u.startsWith('data:') && !u.startsWith('blob:'),
      );
      expect(foreign).toEqual([]);
      expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
      expect(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      ).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    } finally {
      await browser.close();
    }
  });

  test('the page declares a content-security policy without inline script or remote origins', async ({
    page,
  }) => {
    await page.goto('/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/https?:/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });
});

test('names from imports and codes render as text, never as markup', async ({ page }) => {
  const evil = '<img src=x onerror="window.pwned=1">';
  await seedResidents(
    page,
    `id,name,building,unit,room,status\nR-X,"${evil.replaceAll('"', '""')}",9,1,101,正常`,
  );
  await new SettingsPage(page).backToGate();
  await page.getByTestId('manual-lookup').click();
  await page.getByTestId('lookup-building').fill('9');
  await page.getByTestId('lookup-unit').fill('1');
  await page.getByTestId('lookup-room').fill('101');
  await page.getByTestId('lookup-search').click();
  await expect(page.getByTestId('lookup-result')).toHaveCount(1);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
