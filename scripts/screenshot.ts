/**
 * Takes the README's screenshots of the production build (run `npm start` first, and have a
 * CJK font installed, e.g. Debian's fonts-noto-cjk): `npx tsx scripts/screenshot.ts`.
 */
import type { Page } from '@playwright/test';
import { PREVIEW_URL } from '../tests/e2e/browser.ts';
import { makeEstate, RESIDENTS_CSV } from '../tests/e2e/fixtures/estate.ts';
import { launchWithCamera, qrVideo } from '../tests/e2e/fixtures/fake-camera.ts';

const estate = await makeEstate(Date.now());
const browser = await launchWithCamera(await qrVideo('https://example.cn/health-code?id=demo'));
const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${PREVIEW_URL}/settings`);
await page
  .getByTestId('trust-file')
  .setInputFiles({ name: 'estate.json', mimeType: 'application/json', buffer: Buffer.from(estate.bundle) });
await page.getByTestId('residents-text').fill(RESIDENTS_CSV);
await page.getByTestId('residents-save').click();
await page.getByTestId('residents-ok').waitFor();
await page.screenshot({ path: 'docs/settings.png' });
await page.getByTestId('back-to-gate').click();
await page.getByTestId('volunteer-name').fill('王芳');
await page.getByTestId('sign-in').click();
await page.getByTestId('check-panel').waitFor();
await page.screenshot({ path: 'docs/gate-check.png' });

/** Does one check by scanner and screenshots its verdict. */
async function shoot(code: string, steps: (p: Page) => Promise<void>, file: string): Promise<void> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await steps(page);
  await page.getByTestId('recorded').waitFor();
  await page.screenshot({ path: file });
  await page.getByTestId('next-person').click();
}
await page.getByTestId('cancel-check').click();
await shoot(
  estate.zhang,
  async (p) => {
    await p.getByTestId('temp-36.5').click();
    await p.getByTestId('mask-ok').click();
  },
  'docs/verdict-pass.png',
);
await shoot(
  'https://jkm.example.gov.cn/code?u=visitor',
  async (p) => {
    await p.getByTestId('code-yellow').click();
    await p.getByTestId('temp-36.6').click();
    await p.getByTestId('mask-improper').click();
  },
  'docs/verdict-review.png',
);
await shoot(
  estate.li,
  async (p) => {
    await p.getByTestId('temperature').fill('38.3');
    await p.getByTestId('temperature').press('Enter');
    await p.getByTestId('temperature').fill('38.5');
    await p.getByTestId('temperature').press('Enter');
    await p.getByTestId('mask-none').click();
  },
  'docs/verdict-deny.png',
);
await page.screenshot({ path: 'docs/gate-tablet.png' });
await page.setViewportSize({ width: 390, height: 844 });
await page.screenshot({ path: 'docs/gate-phone.png' });
await browser.close();
