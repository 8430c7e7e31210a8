import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateEstateKey, issueEstatePass } from '../../src/codes/estate-pass.ts';
import { PREVIEW_URL } from './browser.ts';
import { RESIDENTS_CSV } from './fixtures/estate.ts';
import { imageToY4m, launchWithCamera } from './fixtures/fake-camera.ts';
import { GatePage } from './pages/gate-page.ts';
import { EstateKeyPanel, PrintPage } from './pages/print-page.ts';
import { RegistryPage } from './pages/registry-page.ts';
import { SettingsPage, seedResidents } from './pages/settings-page.ts';

const DAY_MS = 86_400_000;

test.describe('printed estate pass cards', () => {
  test('a printed card passes through the camera at another gate; revoked and foreign cards are denied', async ({
    page,
  }) => {
    // The office tablet: the estate key, the residents, one household's card (all in the console).
    const estate = new EstateKeyPanel(page);
    await estate.open();
    await estate.generate('sunny-garden', '阳光花园');
    await seedResidents(page, RESIDENTS_CSV);
    await estate.open();
    const bundle = await estate.exportBundle();
    expect(JSON.parse(bundle)).toMatchObject({
      version: 1,
      estate: [{ estateId: 'sunny-garden', revoked: [] }],
    });
    const print = new PrintPage(page);
    await print.open();
    await print.printHousehold('3', '2', '1201');
    await expect(print.cards).toHaveCount(1);
    const card = await print.card(0);
    await expect(card.locator).toContainText('张*丰');
    await expect(card.locator).toContainText('1201');
    const qrWidth = await card.locator
      .locator('.pass-qr svg')
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(qrWidth).toBeGreaterThanOrEqual((30 / 25.4) * 96); // ≥ 3 cm at CSS 96 dpi
    const dir = mkdtempSync(join(tmpdir(), 'estate-card-'));
    await card.locator.screenshot({ path: join(dir, 'card.png') });
    const video = imageToY4m(join(dir, 'card.png'), join(dir, 'card.y4m'));

    // Another gate tablet, a fresh profile: it imports the exported trust list, then the camera sees the card.
    const browser = await launchWithCamera(video);
    try {
      const gatePage = await (
        await browser.newContext({ baseURL: PREVIEW_URL, viewport: { width: 1280, height: 800 } })
      ).newPage();
      const settings = new SettingsPage(gatePage);
      await settings.importBundle('trust-sunny-garden.json', bundle);
      await expect(gatePage.getByTestId('trust-import-ok')).toBeVisible();
      await seedResidents(gatePage, RESIDENTS_CSV);
      await settings.backToGate();
      await new GatePage(gatePage).signIn('王芳');
      await expect(gatePage.getByTestId('scan-details')).toHaveAttribute('data-signature', 'valid');
      await gatePage.getByTestId('temp-36.5').click();
      await gatePage.getByTestId('mask-ok').click();
      await new GatePage(gatePage).expectVerdict('pass', []);
    } finally {
      await browser.close();
    }

    // The card is lost: revoked on the office tablet, its next scan there is denied.
    await page.getByTestId('back-to-console').click();
    await page.getByTestId('tab-estate').click();
    await estate.revoke(card.passId);
    expect(JSON.parse(await estate.exportBundle()).estate[0].revoked).toEqual([card.passId]);
    // Revoking is a manager's decision: in the audit trail under the signed-in manager's name.
    await page.getByTestId('tab-audit').click();
    const revoked = page.locator('[data-testid="audit-row"][data-action="pass-revoke"]');
    await expect(revoked).toHaveCount(1);
    await expect(revoked).toContainText('王经理');
    await expect(revoked).toContainText(card.passId);
    await new SettingsPage(page).backToGate();
    const gate = new GatePage(page);
    await gate.signIn('王芳');
    await gate.scanWithScanner(card.text);
    await gate.completeCheck();
    await expect(gate.verdict).toHaveAttribute('data-verdict', 'deny');
    await expect(gate.verdict).toHaveAttribute('data-reasons', /pass-invalid/);
    await gate.next();

    // A card signed by another estate's key, for the same resident.
    const other = await generateEstateKey();
    const now = Date.now();
    const foreign = await issueEstatePass(
      {
        passId: 'FOREIGN-1',
        personId: 'R-3-2-1201',
        estateId: 'other-estate',
        kind: 'resident',
        displayName: '张*丰',
        building: '3',
        unit: '2',
        room: '1201',
        validFrom: now - DAY_MS,
        validUntil: now + 30 * DAY_MS,
      },
      other.privateKey,
      other.kid,
    );
    await gate.scanWithScanner(foreign);
    await gate.completeCheck();
    await expect(gate.verdict).toHaveAttribute('data-verdict', 'deny');
    await expect(gate.verdict).toHaveAttribute('data-reasons', /pass-invalid/);
  });

  test('the key backup opens only with its passphrase; a wrong one changes nothing', async ({ page }) => {
    // /print is part of the console: it opens past the PIN.
    await new RegistryPage(page).openConsole('/print');
    await expect(page.getByTestId('print-no-key')).toBeVisible();
    const estate = new EstateKeyPanel(page);
    await estate.open();
    const kid = await estate.generate('sunny-garden', '阳光花园');
    // Importing another trust list later keeps this tablet trusting its own key.
    await new SettingsPage(page).importBundle('health.json', '{"version":1,"estate":[]}');
    await expect(page.getByTestId('trust-import-ok')).toBeVisible();
    await expect(page.getByTestId('trust-summary')).toContainText('sunny-garden');
    await estate.open();
    // The private key was exported once, sealed, as it was made; this tablet cannot export it again.
    await expect(page.getByTestId('key-not-exportable')).toBeVisible();
    await expect(page.getByTestId('backup-download')).toHaveCount(0);
    const file = estate.keyFile;
    if (!file) throw new Error('no key backup downloaded');
    // Script in the page (what devtools gives) can sign with the stored key but never read it.
    const stored = await page.evaluate(
      () =>
        new Promise<{ jwk: boolean; extractable: boolean; export: string }>((resolve, reject) => {
          const open = indexedDB.open('gate-checkpoint');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('settings').objectStore('settings').get('estateKey');
            req.onsuccess = () => {
              const v = req.result.value as { privateKey: CryptoKey; privateKeyJwk?: unknown };
              open.result.close();
              crypto.subtle.exportKey('jwk', v.privateKey).then(
                () =>
                  resolve({
                    jwk: 'privateKeyJwk' in v,
                    extractable: v.privateKey.extractable,
                    export: 'done',
                  }),
                () =>
                  resolve({
                    jwk: 'privateKeyJwk' in v,
                    extractable: v.privateKey.extractable,
                    export: 'refused',
                  }),
              );
            };
          };
        }),
    );
    expect(stored).toEqual({ jwk: false, extractable: false, export: 'refused' });
    expect(file.subarray(0, 4).toString('latin1')).toBe('GCSF');
    await estate.restore(file, 'wrong passphrase');
    await expect(estate.backupNote).toHaveAttribute('data-ok', 'false');
    await expect(estate.backupNote).toContainText('口令错误');
    await estate.restore('{"not":"a backup"}', 'correct horse battery');
    await expect(estate.backupNote).toContainText('不是有效的密钥备份文件');
    await expect(estate.kid).toHaveAttribute('data-kid', kid);
    await estate.restore(file, 'correct horse battery');
    await expect(estate.backupNote).toHaveAttribute('data-ok', 'true');
    await expect(estate.kid).toHaveAttribute('data-kid', kid);
  });
});

test('a trust import never replaces the estate’s own key: a forged kid is refused, another key for the estate is ignored', async ({
  page,
}) => {
  const estate = new EstateKeyPanel(page);
  await estate.open();
  const kid = await estate.generate('sunny-garden', '阳光花园');
  await seedResidents(page, RESIDENTS_CSV);
  await estate.open();
  const print = new PrintPage(page);
  await print.open();
  await print.printHousehold('3', '2', '1201');
  const genuine = await print.card(0);

  // The attacker's bundles: their key under the estate's real kid, and their key for the estate's id.
  const attacker = await generateEstateKey();
  const entry = (publicKeyJwk: object) =>
    JSON.stringify({ version: 1, estate: [{ estateId: 'sunny-garden', name: '阳光花园', publicKeyJwk }] });
  const settings = new SettingsPage(page);
  await settings.previewBundle('forged-kid.json', entry({ ...attacker.publicKeyJwk, kid }));
  await expect(settings.importError).toContainText('publicKeyJwk.kid：与密钥不符');
  await settings.previewBundle('other-key.json', entry(attacker.publicKeyJwk));
  await expect(page.getByTestId('trust-own-key-kept')).toBeVisible();
  await expect(page.locator('[data-testid="trust-diff-row"][data-change="add"]')).toHaveCount(0);
  await expect(page.getByTestId('trust-diff-row')).toContainText([/阳光花园/]);
  await page.getByTestId('trust-apply').click();
  await expect(page.getByTestId('trust-import-ok')).toBeVisible();
  await page.getByTestId('tab-audit').click();
  await expect(page.locator('[data-testid="audit-row"][data-action="trust-import"]')).toContainText('王经理');

  // At the gate: passes signed by the attacker's key are refused, the estate's genuine card passes.
  const now = Date.now();
  const facts = {
    passId: 'FORGED-1',
    personId: 'res:3|2|1201|张三丰',
    estateId: 'sunny-garden',
    kind: 'resident' as const,
    displayName: '张*丰',
    building: '3',
    unit: '2',
    room: '1201',
    validFrom: now - DAY_MS,
    validUntil: now + 30 * DAY_MS,
  };
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  const details = page.getByTestId('scan-details');
  for (const signedAs of [kid, attacker.kid]) {
    await gate.scanWithScanner(await issueEstatePass(facts, attacker.privateKey, signedAs));
    await expect(details).toHaveAttribute('data-format', 'estate-pass');
    await expect(details).not.toHaveAttribute('data-signature', 'valid');
    // A code arriving mid-check waits for the check in front: each card is its own check.
    await page.getByTestId('cancel-check').click();
  }
  await gate.scanWithScanner(genuine.text);
  await expect(details).toHaveAttribute('data-signature', 'valid');
});
