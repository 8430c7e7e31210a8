/**
 * The gate is a fixed kiosk screen: at 1280x800, 1024x768 and 800x1280 (portrait) the page never
 * scrolls, the camera, the check panel's controls and the camera-denied message stay in view,
 * and the flag queue and recent passages scroll inside their own areas.
 */
import { chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_URL } from './browser.ts';
import { setUpGate } from './fixtures/gate-setup.ts';
import { GatePage } from './pages/gate-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 800, height: 1280 },
];

/** The page does not scroll and each element is wholly in view and not hidden by another. */
async function expectInView(page: Page, testIds: string[]): Promise<void> {
  const m = await page.evaluate((ids) => {
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      width: innerWidth,
      height: innerHeight,
      boxes: ids.map((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (!el) return { id, missing: true };
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          id,
          missing: false,
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          visible: hit !== null && (el === hit || el.contains(hit)),
        };
      }),
    };
  }, testIds);
  expect(m.scrollHeight, 'the page does not scroll').toBeLessThanOrEqual(m.height);
  expect(m.scrollWidth, 'nor sideways').toBeLessThanOrEqual(m.width);
  for (const b of m.boxes) {
    expect(b, `${b.id} is on the page`).toMatchObject({ missing: false, visible: true });
    if (b.missing) continue;
    expect(b.top, `${b.id} top`).toBeGreaterThanOrEqual(0);
    expect(b.bottom, `${b.id} bottom`).toBeLessThanOrEqual(m.height);
    expect(b.left, `${b.id} left`).toBeGreaterThanOrEqual(0);
    expect(b.right, `${b.id} right`).toBeLessThanOrEqual(m.width);
  }
}

async function flagUnregistered(gate: GatePage, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await gate.scanAtOnce(`https://jkm.example.gov.cn/code?u=visitor-${i}`);
    await gate.page.getByTestId('code-green').click();
    await gate.page.getByTestId('temp-36.5').click();
    await gate.page.getByTestId('mask-ok').click();
    await gate.expectVerdict('review', ['unregistered']);
    await gate.next();
  }
}

test.describe('the gate as a fixed kiosk screen', () => {
  test('no page scroll with open flags, in every state of a check, at three screen sizes', async ({
    page,
  }) => {
    // Seven checks and three screen sizes: a long walk, not a slow one.
    test.setTimeout(120_000);
    await page.clock.setFixedTime(NOW);
    const { gate } = await setUpGate(page, NOW);
    await flagUnregistered(gate, 7);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await test.step(`${viewport.width}x${viewport.height} idle`, async () => {
        await expectInView(page, ['camera-preview', 'manual-lookup']);
        // The flags scroll inside their own area, the camera shows the whole picture.
        const list = page.getByTestId('flag-list');
        expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
        expect(await page.getByTestId('camera-preview').evaluate((v) => getComputedStyle(v).objectFit)).toBe(
          'contain',
        );
      });
      await test.step(`${viewport.width}x${viewport.height} mid-check, a re-measure and the next person waiting`, async () => {
        await gate.scanAtOnce(`https://jkm.example.gov.cn/code?u=tall-check-${viewport.width}`);
        await expectInView(page, [
          'camera-preview',
          'code-green',
          'temp-36.5',
          'mask-ok',
          'record',
          'cancel-check',
        ]);
        const maskY = (await page.getByTestId('mask-none').boundingBox())?.y;
        await page.getByTestId('code-green').click();
        await page.getByTestId('temperature').fill('38.6');
        await page.getByTestId('temperature').press('Enter');
        await expect(page.getByTestId('remeasure')).toBeVisible();
        expect((await page.getByTestId('mask-none').boundingBox())?.y, 'no shift under a finger').toBe(maskY);
        await gate.scanAtOnce(`https://jkm.example.gov.cn/code?u=next-${viewport.width}`);
        await expect(page.getByTestId('next-waiting')).toBeVisible();
        await expectInView(page, [
          'camera-preview',
          'next-finish-current',
          'next-record-incomplete',
          'mask-ok',
          'record',
          'cancel-check',
        ]);
        await page.getByTestId('cancel-check').click();
        await page.getByTestId('cancel-check').click();
        await expect(gate.checkPanel).toHaveCount(0);
      });
    }
  });

  test('a verdict with the registration QR keeps 撤销 and 下一位 in view at three screen sizes', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const { gate } = await setUpGate(page, NOW);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await gate.scanAtOnce(`https://jkm.example.gov.cn/code?u=qr-${viewport.width}`);
      await page.getByTestId('code-green').click();
      await page.getByTestId('temp-36.5').click();
      await page.getByTestId('mask-ok').click();
      await gate.expectVerdict('review', ['unregistered']);
      await expectInView(page, ['registration-qr', 'recorded', 'undo-check', 'next-person']);
      await gate.next();
    }
  });

  test('the camera-denied message and its retry stay in view with open flags', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream'],
    });
    try {
      const page = await browser.newPage({ baseURL: PREVIEW_URL, viewport: VIEWPORTS[0] });
      const gate = new GatePage(page);
      await gate.open();
      await expect(gate.cameraError).toBeVisible();
      await gate.signIn('王芳');
      await flagUnregistered(gate, 6);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await expectInView(page, ['camera-error', 'camera-retry']);
      }
    } finally {
      await browser.close();
    }
  });
});
