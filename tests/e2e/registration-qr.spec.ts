/**
 * The unregistered visitor is not left at a dead end: the verdict shows a QR of this estate's
 * registration page for the visitor's own phone, and the console prints it as a poster for the gate.
 */
import { expect, test } from '@playwright/test';
import { PREVIEW_URL } from './browser.ts';
import { decodePng } from './fixtures/qr-decode.ts';
import { GatePage } from './pages/gate-page.ts';
import { EstateKeyPanel } from './pages/print-page.ts';

const REGISTER_URL = `${PREVIEW_URL}/register`;

test('an unregistered person’s verdict shows a QR of the registration page', async ({ page }) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await gate.scanWithScanner('https://example.cn/hc?id=visitor-1');
  await gate.completeCheck();
  await gate.expectVerdict('review', ['unregistered']);
  await expect(page.getByTestId('registration-qr')).toContainText('扫码登记');
  expect(await decodePng(await gate.registrationQrPng())).toBe(REGISTER_URL);
  // The words say where to go, not a path for the volunteer to type.
  await expect(gate.verdict).not.toContainText('/register');
  await gate.next();

  // A registered resident's verdict carries no registration QR.
  await page.getByTestId('direction-out').click();
  await gate.scanWithScanner('LEAVING-CODE');
  await gate.completeCheck();
  await gate.expectVerdict('pass', []);
  await expect(page.getByTestId('registration-qr')).toHaveCount(0);
});

test('the console prints a 扫码登记 poster whose QR opens the same registration page', async ({ page }) => {
  const estate = new EstateKeyPanel(page);
  await estate.open();
  await estate.generate('sunny-garden', '阳光花园');
  await page.getByTestId('open-poster').click();
  const poster = page.getByTestId('registration-poster');
  await expect(poster).toBeVisible();
  await expect(poster).toContainText('阳光花园');
  await expect(poster).toContainText('扫码登记');
  await expect(poster).toContainText('Scan to register');
  const qr = poster.getByTestId('registration-qr').locator('img');
  await expect(qr).toHaveJSProperty('complete', true);
  expect(await decodePng(await qr.screenshot())).toBe(REGISTER_URL);
  // zh-CN first, English second.
  const text = (await poster.textContent()) ?? '';
  expect(text.indexOf('扫码登记')).toBeLessThan(text.indexOf('Scan to register'));
  await expect(page.getByTestId('print-now')).toBeVisible();
});
