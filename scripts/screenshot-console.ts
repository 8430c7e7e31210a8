/**
 * README screenshots of the registration form, the printed cards and the manager's dashboard
 * (run `npm start` first; a CJK font such as fonts-noto-cjk installed): `npx tsx scripts/screenshot-console.ts`.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_URL } from '../tests/e2e/browser.ts';
import { RegistryPage } from '../tests/e2e/pages/registry-page.ts';

const RESIDENTS = [
  '楼栋,单元,房号,姓名,状态,开始日期,结束日期,接种剂次,全程剂次',
  '1,1,101,张三,集中隔离,2026-11-20,,2,2',
  '1,1,102,李四,居家隔离,,,2,2',
  '1,1,201,王五,居家健康监测,2026-11-22,2026-11-29,2,2',
  '1,2,101,赵六,正常,,,1,2',
  ...Array.from({ length: 11 }, (_, i) => `1,2,${102 + i},住户${i},正常,,,2,2`),
  ...Array.from({ length: 10 }, (_, i) => `2,1,${201 + i},居民${i},正常,,,${i === 0 ? 1 : 3},3`),
  ...Array.from({ length: 20 }, (_, i) => `3,${1 + (i % 2)},${301 + i},业主${i},正常,,,2,2`),
].join('\n');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
await phone.goto(`${PREVIEW_URL}/register`);
await phone.getByTestId('reg-kind-courier').click();
await phone.screenshot({ path: 'docs/register-phone.png', fullPage: false });

const page = await (
  await browser.newContext({ baseURL: PREVIEW_URL, viewport: { width: 1280, height: 800 } })
).newPage();
page.on('dialog', (d) => void d.accept());
await page.goto(PREVIEW_URL);
const reg = new RegistryPage(page);
await reg.openConsole();
await reg.importFile('住户.csv', 'text/csv', Buffer.from(RESIDENTS, 'utf-8'));
await reg.dashboard('today');
await page.getByTestId('dashboard').screenshot({ path: 'docs/dashboard.png' });
await page.getByTestId('four-colour-map').screenshot({ path: 'docs/four-colour-map.png' });
await page.getByTestId('three-colour-board').screenshot({ path: 'docs/three-colour-board.png' });
await browser.close();
