/**
 * Takes the README's screenshots of the production build (run `npm start` first):
 * `npx tsx scripts/screenshot.ts`. Uses the same fake camera as the e2e tests.
 */
import { PREVIEW_URL } from '../tests/e2e/browser.ts';
import { launchWithCamera, qrVideo } from '../tests/e2e/fixtures/fake-camera.ts';

const browser = await launchWithCamera(await qrVideo('https://example.cn/health-code?id=demo'));
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(PREVIEW_URL);
await page.getByTestId('last-scan').waitFor();
await page.keyboard.type('VENUE-CODE-0002');
await page.keyboard.press('Enter');
await page.getByTestId('passage').nth(1).waitFor();
await page.screenshot({ path: 'docs/gate-tablet.png' });
await page.setViewportSize({ width: 390, height: 844 });
await page.screenshot({ path: 'docs/gate-phone.png' });
await browser.close();
