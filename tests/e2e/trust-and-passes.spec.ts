import { expect, test } from '@playwright/test';
import { generateEstateKey, issueEstatePass } from '../../src/codes/estate-pass.ts';
import type { EstatePassFacts } from '../../src/codes/types.ts';
import { SAME_SCAN_WINDOW_MS } from '../../src/gate/scan-pipeline.ts';
import { GatePage } from './pages/gate-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY = 86_400_000;

async function estateFixture() {
  const key = await generateEstateKey();
  const other = await generateEstateKey();
  const fields: EstatePassFacts = {
    passId: 'P0001',
    personId: 'R-3-2-1201',
    estateId: 'sunny-garden',
    kind: 'resident',
    displayName: '张*丰',
    building: '3',
    unit: '2',
    room: '1201',
    validFrom: NOW - DAY,
    validUntil: NOW + 365 * DAY,
  };
  const bundle = JSON.stringify({
    version: 1,
    estate: [{ estateId: 'sunny-garden', name: '阳光花园', publicKeyJwk: key.publicKeyJwk }],
  });
  return {
    bundle,
    good: await issueEstatePass(fields, key.privateKey, key.kid),
    foreign: await issueEstatePass(fields, other.privateKey, other.kid),
    expired: await issueEstatePass(
      { ...fields, passId: 'P0002', validUntil: NOW - DAY },
      key.privateKey,
      key.kid,
    ),
  };
}

test.describe('trust list and signed passes at the gate', () => {
  test('a bad trust file is refused and changes nothing; a good one is shown per issuer', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const gate = new GatePage(page);
    const settings = new SettingsPage(page);
    await gate.open();
    await expect(page.getByTestId('trust-badge')).toHaveAttribute('data-state', 'missing');
    await settings.open();
    await settings.importBundle('broken.json', '{"version": 1, "estate": [{"estateId": 5}]');
    await expect(settings.importError).toContainText('文件无效，未做任何更改');
    await expect(settings.summary).toHaveCount(0);

    const { bundle } = await estateFixture();
    await settings.importBundle('estate-trust.json', bundle);
    await expect(page.getByTestId('trust-import-ok')).toBeVisible();
    const row = settings.summary.locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-format', 'estate-pass');
    await expect(row).toContainText('1');

    await settings.importBundle('worse.json', 'not json at all');
    await expect(settings.importError).toBeVisible();
    await expect(settings.summary.locator('tbody tr')).toHaveCount(1);
    await page.reload();
    await settings.open();
    await expect(settings.summary.locator('tbody tr')).toHaveCount(1);
  });

  test('estate passes are verified offline: valid, other estate, expired, tampered', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const gate = new GatePage(page);
    const settings = new SettingsPage(page);
    const fx = await estateFixture();
    await gate.open();
    await settings.open();
    await settings.importBundle('estate-trust.json', fx.bundle);
    await expect(page.getByTestId('trust-import-ok')).toBeVisible();
    await settings.backToGate();
    await gate.signIn('王芳');
    await expect(page.getByTestId('trust-badge')).toHaveAttribute('data-state', 'fresh');

    const details = page.getByTestId('scan-details');
    await gate.scanWithScanner(fx.good);
    await expect(details).toHaveAttribute('data-signature', 'valid');
    await expect(details).toHaveAttribute('data-validity', 'valid');
    await expect(details).toContainText('小区通行证');
    await expect(details).toContainText('张*丰');

    // A code arriving mid-check waits for the check in front: each pass is its own check.
    await page.getByTestId('cancel-check').click();
    await gate.scanWithScanner(fx.foreign);
    await expect(details).not.toHaveAttribute('data-signature', 'valid');
    await expect(details).toHaveAttribute('data-format', 'estate-pass');

    await page.getByTestId('cancel-check').click();
    await gate.scanWithScanner(fx.expired);
    await expect(details).toHaveAttribute('data-validity', 'expired');
    await expect(details).toContainText('已过期');

    const tampered = `${fx.good.slice(0, -6)}${fx.good.slice(-6).split('').reverse().join('')}`;
    // Reversing the tail changes the signature bytes only (when it still decodes): the signed
    // content is the good card's, the same pass to the same-scan window while the clock stands.
    await page.clock.setFixedTime(NOW + SAME_SCAN_WINDOW_MS + 1000);
    await page.getByTestId('cancel-check').click();
    await gate.scanWithScanner(tampered);
    await expect(details).not.toHaveAttribute('data-signature', 'valid');
  });

  test('an opaque code is never called verified', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=8f1c');
    const details = page.getByTestId('scan-details');
    await expect(details).toHaveAttribute('data-format', 'opaque');
    await expect(details).toHaveAttribute('data-signature', 'not-checked');
    await expect(details).toContainText('无法离线验证');
  });

  test('the gate warns when the trust list is older than the configured days', async ({ page }) => {
    await page.clock.install({ time: NOW });
    const gate = new GatePage(page);
    const settings = new SettingsPage(page);
    await gate.open();
    await settings.open();
    await settings.importBundle('estate-trust.json', (await estateFixture()).bundle);
    await expect(page.getByTestId('trust-import-ok')).toBeVisible();
    await page.getByTestId('trust-max-age').fill('3');
    await page.getByTestId('trust-max-age').blur();
    await expect(page.getByTestId('trust-max-age-saved')).toBeVisible();
    await settings.backToGate();
    await expect(page.getByTestId('trust-badge')).toHaveAttribute('data-state', 'fresh');
    await page.clock.setFixedTime(NOW + 5 * DAY + 3_600_000);
    await page.reload();
    await expect(page.getByTestId('trust-badge')).toHaveAttribute('data-state', 'stale');
    await expect(page.getByTestId('trust-badge')).toContainText('5');
  });
});
