import { expect, test } from '@playwright/test';
import { base45Decode, base45Encode } from '../../src/codes/base45.ts';
import { SAME_SCAN_WINDOW_MS } from '../../src/gate/scan-pipeline.ts';
import { PREVIEW_URL } from './browser.ts';
import { makeEstate, RESIDENTS_CSV } from './fixtures/estate.ts';
import { launchWithCamera, qrVideo } from './fixtures/fake-camera.ts';
import { setUpGate } from './fixtures/gate-setup.ts';
import { GatePage } from './pages/gate-page.ts';
import { SettingsPage, seedResidents } from './pages/settings-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);

interface StoredPassage {
  id: string;
  verdict: string;
  reasons: string[];
  direction: string;
  check?: {
    volunteer: string;
    temperaturesC: number[];
    mask: string;
    colourSource: string | null;
    policyVersion: number;
  };
}
interface StoredFlag {
  kind: string;
  passageId: string;
  status: string;
  resolution: string | null;
  resolvedBy: string | null;
}

test.describe('the gate check', () => {
  test('a compliant resident by estate card through the real camera: two taps to a pass', async () => {
    const estate = await makeEstate(Date.now());
    const browser = await launchWithCamera(await qrVideo(estate.zhang));
    try {
      const page = await (
        await browser.newContext({ baseURL: PREVIEW_URL, viewport: { width: 1280, height: 800 } })
      ).newPage();
      const settings = new SettingsPage(page);
      await settings.importBundle('estate.json', estate.bundle);
      await seedResidents(page, RESIDENTS_CSV);
      await settings.backToGate();
      const gate = new GatePage(page);
      // The card read before anyone signed in is kept: its check opens once a volunteer is on duty.
      await gate.signIn('王芳');
      // The camera reads the card: the check opens with the pass verified, no colour to tap.
      await expect(page.getByTestId('scan-details')).toHaveAttribute('data-signature', 'valid');
      await expect(page.getByTestId('code-green')).toHaveCount(0);
      await page.getByTestId('temp-36.5').click();
      await page.getByTestId('mask-ok').click();
      await gate.expectVerdict('pass', []);
      await expect(gate.verdict).toContainText('通行');
      const [passage] = await gate.readTable<StoredPassage>('passages');
      expect(passage).toMatchObject({ verdict: 'pass', check: { temperaturesC: [36.5], mask: 'ok' } });
    } finally {
      await browser.close();
    }
  });

  test('fever: one high reading asks for a re-measure; a second high reading denies and flags', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanWithScanner(estate.zhang);
    await gate.typeTemperature('38.2');
    await page.getByTestId('mask-ok').click();
    await expect(page.getByTestId('remeasure')).toBeVisible();
    await expect(gate.verdict).toHaveCount(0);
    await gate.typeTemperature('38.4');
    await gate.expectVerdict('deny', ['fever']);
    await gate.next();
    await expect(gate.flags).toHaveCount(1);
    await expect(gate.flags.first()).toHaveAttribute('data-kind', 'fever');
    const [passage] = await gate.readTable<StoredPassage>('passages');
    expect(passage?.check).toMatchObject({ temperaturesC: [38.2, 38.4], volunteer: '王芳' });
  });

  test('a tablet without the estate key asks for review, not deny, and warns until the key is imported', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const estate = await makeEstate(NOW);
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    await expect(page.getByTestId('setup-no-estate-key')).toBeVisible();
    await expect(page.getByTestId('setup-no-estate-key')).toContainText('本机未导入小区密钥');
    await gate.scanWithScanner(estate.zhang);
    await gate.completeCheck();
    await expect(gate.verdict).toHaveAttribute('data-verdict', 'review');
    await expect(gate.verdict).toHaveAttribute('data-reasons', /estate-key-missing/);
    await expect(gate.verdict).not.toHaveAttribute('data-reasons', /pass-invalid/);
    await expect(gate.verdict).toContainText('本机未导入小区密钥');
    await gate.next();
    const settings = new SettingsPage(page);
    await settings.importBundle('estate.json', estate.bundle);
    await expect(page.getByTestId('trust-import-ok')).toBeVisible();
    await settings.backToGate();
    await expect(gate.ready).toBeVisible();
    await expect(page.getByTestId('setup-no-estate-key')).toHaveCount(0);
  });

  test('a typed reading counts when the volunteer moves on without pressing 确定', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanWithScanner(estate.zhang);
    // Typed, then straight to the mask: the reading is taken, not lost, and the mask row stays
    // where the finger is (the re-measure prompt appears without moving it).
    const maskY = async () => (await page.getByTestId('mask-ok').boundingBox())?.y;
    const before = await maskY();
    await page.getByTestId('temperature').fill('38.6');
    await page.getByTestId('mask-ok').click();
    await expect(page.getByTestId('remeasure')).toBeVisible();
    await expect(page.getByTestId('readings')).toContainText('38.6');
    await expect(page.getByTestId('mask-ok')).toHaveAttribute('aria-pressed', 'true');
    expect(await maskY()).toBe(before);
    await expect(gate.verdict).toHaveCount(0);
    await page.getByTestId('temperature').fill('38.4');
    await page.getByTestId('mask-ok').click();
    await gate.expectVerdict('deny', ['fever']);
    const [passage] = await gate.readTable<StoredPassage>('passages');
    expect(passage?.check).toMatchObject({ temperaturesC: [38.6, 38.4] });
  });

  test('one pass presented in another encoding (tagged, re-signed) is the same pass in the log', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanWithScanner(estate.zhang);
    await gate.completeCheck();
    await gate.expectVerdict('pass', []);
    await gate.next();
    // The same card with the optional COSE tag written out: other text, same signed content.
    const body = base45Decode(estate.zhang.slice('EP1:'.length));
    const tagged = `EP1:${base45Encode(Uint8Array.from([0xd2, ...body]))}`;
    expect(tagged).not.toBe(estate.zhang);
    await page.clock.setFixedTime(NOW + SAME_SCAN_WINDOW_MS + 1000);
    await gate.scanWithScanner(tagged);
    await gate.completeCheck();
    await gate.expectVerdict('pass', []);
    const passages = await gate.readTable<{ codeHash: string | null }>('passages');
    expect(passages).toHaveLength(2);
    expect(passages[0]?.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(passages[1]?.codeHash).toBe(passages[0]?.codeHash);
  });

  test('fever re-measured normal passes; 365 typed for 36.5 is offered as 36.5', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanWithScanner(estate.zhang);
    await gate.typeTemperature('37.6');
    await expect(page.getByTestId('remeasure')).toBeVisible();
    await gate.typeTemperature('365');
    await expect(page.getByTestId('temperature-suggestion')).toContainText('36.5');
    await page.getByTestId('temperature-suggestion').click();
    await page.getByTestId('mask-ok').click();
    await gate.expectVerdict('pass', []);
  });

  test('no mask: deny, a flag, resolved in two taps with who and when', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanWithScanner(estate.zhang);
    await gate.completeCheck({ mask: 'none' });
    await gate.expectVerdict('deny', ['mask-none']);
    await gate.next();
    await expect(gate.flags).toHaveCount(1);
    await gate.flags.first().getByRole('button').first().click();
    await page.getByTestId('resolve-mask-fixed').click();
    await expect(gate.flags).toHaveCount(0);
    const [flag] = await gate.readTable<StoredFlag>('flags');
    expect(flag).toMatchObject({
      kind: 'mask-none',
      status: 'resolved',
      resolution: 'mask-fixed',
      resolvedBy: '王芳',
    });
  });

  test('a red code read by the volunteer denies; it is recorded as attested, never verified', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const { gate } = await setUpGate(page, NOW);
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=red-person');
    await gate.completeCheck({ colour: 'red' });
    await expect(gate.verdict).toHaveAttribute('data-verdict', 'deny');
    await expect(gate.verdict).toHaveAttribute('data-reasons', /code-red/);
    const [passage] = await gate.readTable<StoredPassage>('passages');
    expect(passage?.check?.colourSource).toBe('attested');
  });

  test('an unregistered visitor is flagged and told where to register', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate } = await setUpGate(page, NOW);
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=visitor');
    await gate.completeCheck({ colour: 'green' });
    await gate.expectVerdict('review', ['unregistered']);
    await expect(gate.verdict).toContainText('登记');
    await gate.next();
    await expect(gate.flags.first()).toHaveAttribute('data-kind', 'unregistered');
  });

  test('a resident under home quarantine going out is denied and flagged; coming in passes', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await page.getByTestId('direction-out').click();
    await gate.scanWithScanner(estate.li);
    await gate.completeCheck();
    await gate.expectVerdict('deny', ['quarantine-exit']);
    await gate.next();
    await expect(gate.flags.first()).toHaveAttribute('data-kind', 'quarantine-exit');
    await page.getByTestId('direction-in').click();
    await gate.scanWithScanner(estate.liSecondCard);
    await gate.completeCheck();
    await gate.expectVerdict('pass', []);
  });

  test('a resident without a phone is found by building and room and checked', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate } = await setUpGate(page, NOW);
    await page.getByTestId('manual-lookup').click();
    await page.getByTestId('lookup-building').fill('5');
    await page.getByTestId('lookup-unit').fill('1');
    await page.getByTestId('lookup-room').fill('301');
    await page.getByTestId('lookup-search').click();
    await expect(page.getByTestId('lookup-result')).toHaveCount(1);
    await expect(page.getByTestId('lookup-result')).toContainText('王*国');
    await page.getByTestId('lookup-result').click();
    await gate.completeCheck();
    await gate.expectVerdict('pass', []);
  });

  test('a reload in the middle of a check loses nothing already recorded and leaves no half record', async ({
    page,
  }) => {
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanWithScanner(estate.zhang);
    await gate.completeCheck({ mask: 'none' });
    await gate.expectVerdict('deny');
    await gate.next();
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=2');
    await gate.completeCheck();
    await gate.expectVerdict('review');
    await gate.next();
    // Halfway through a third check.
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=3');
    await page.getByTestId('code-green').click();
    await gate.typeTemperature('36.6');
    await page.reload();
    await expect(gate.ready).toBeVisible();
    await expect(gate.passages).toHaveCount(2);
    const passages = await gate.readTable<StoredPassage>('passages');
    const flags = await gate.readTable<StoredFlag>('flags');
    expect(passages).toHaveLength(2);
    expect(passages.every((p) => p.check?.volunteer === '王芳' && p.check.policyVersion >= 1)).toBe(true);
    expect(flags.map((f) => f.kind).sort()).toEqual(['mask-none', 'unregistered']);
    expect(flags.every((f) => passages.some((p) => p.id === f.passageId))).toBe(true);
  });
});
