import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PREVIEW_URL } from './browser.ts';
import { expect, test } from './fixtures/contexts.ts';
import { imageToY4m, launchWithCamera } from './fixtures/fake-camera.ts';
import { GatePage } from './pages/gate-page.ts';
import { ManagePage } from './pages/manage-page.ts';
import { RegisterPage } from './pages/register-page.ts';
import { RegistryPage } from './pages/registry-page.ts';

const DAY = 86_400_000;

test.describe('a courier from phone to gate', () => {
  test('registers on the phone, the declaration QR is scanned through the gate camera, confirmed once; the next visit needs no typing', async ({
    newContext,
  }) => {
    const now = Date.now();
    const stopDate = new Date(now - 2 * DAY + 8 * 3_600_000).toISOString().slice(0, 10);

    // The courier's own phone.
    const phone = await (
      await newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    ).newPage();
    const register = new RegisterPage(phone);
    await register.open();
    await register.chooseKind('courier');
    await register.fillIdentity('陈建华', '13800001111', '123x');
    await register.fillCourier('顺丰', '粤B12345');
    await register.fillStop(0, { province: '广东省', city: '深圳市', district: '南山区', date: stopDate });
    await register.chooseColour('green');
    await register.submit();
    const text = await register.declarationText();
    const png = join(mkdtempSync(join(tmpdir(), 'courier-')), 'phone-qr.png');
    await register.qr.screenshot({ path: png });

    // The gate tablet: its camera sees the phone's screen.
    const gateBrowser = await launchWithCamera(imageToY4m(png, png.replace(/\.png$/, '.y4m')));
    try {
      const tablet = await (
        await gateBrowser.newContext({ baseURL: PREVIEW_URL, viewport: { width: 1280, height: 800 } })
      ).newPage();
      const gate = new GatePage(tablet);
      await gate.open();
      await gate.signIn('王芳');
      const confirm = tablet.getByTestId('confirm-registration');
      await expect(confirm).toBeVisible();
      await expect(tablet.getByTestId('scan-details')).toHaveAttribute('data-format', 'declaration');
      await expect(tablet.getByTestId('confirm-id-last4')).toHaveText('123X');
      await tablet.getByTestId('confirm-registration-ok').click();
      await tablet.getByTestId('temp-36.5').click();
      await tablet.getByTestId('mask-ok').click();
      await gate.expectVerdict('pass', []);
      const [first] = await gate.readTable<{ codeHash: string }>('passages');
      expect(first?.codeHash).toBeTruthy();
      await gate.next();

      // Next visit (the same code, seconds later is one scan; so a new day): straight to the checks.
      await tablet.clock.install({ time: now + DAY });
      await gate.scanWithScanner(text);
      await expect(gate.checkPanel).toBeVisible();
      await expect(confirm).toHaveCount(0);
      await tablet.getByTestId('temp-36.6').click();
      await tablet.getByTestId('mask-ok').click();
      await gate.expectVerdict('pass', []);
      await gate.next();

      // The office: the company and plate declared on the phone are in the registry, found by the
      // plate, in its export, and the log finds both passages by the plate.
      const registry = new RegistryPage(tablet);
      await registry.openConsole();
      await registry.view('visitors');
      await expect(registry.rows).toHaveCount(1);
      await expect(registry.rows.first()).toContainText('顺丰');
      await expect(registry.rows.first()).toContainText('粤B12345');
      await registry.search('粤b12345');
      await expect(registry.rows).toHaveCount(1);
      await registry.search('粤B99999');
      await expect(registry.rows).toHaveCount(0);
      await registry.search('');
      const exported = (await registry.download('export-visitors-csv')).bytes.toString('utf-8');
      expect(exported).toMatch(/快递.*陈建华,13800001111,顺丰,粤B12345/);
      const manage = new ManagePage(tablet);
      await manage.tab('logs');
      await manage.filter({ search: '粤B12345' });
      await expect(manage.rows).toHaveCount(2);
    } finally {
      await gateBrowser.close();
    }
  });
});
