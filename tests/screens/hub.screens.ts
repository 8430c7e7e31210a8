/**
 * The README's pictures of a connected estate, taken from the real app on a real hub (PGlite,
 * started here): the gate's sync status in its bar (in step, then with checks waiting while the
 * hub is out of reach) and the office's device board with two gate tablets.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures/contexts.ts';
import { enrolOnDeviceScreen, TestHub } from '../e2e/fixtures/hub.ts';
import { GatePage } from '../e2e/pages/gate-page.ts';
import { RegistryPage } from '../e2e/pages/registry-page.ts';

const hub = new TestHub();
test.beforeAll(() => hub.start());
test.afterAll(() => hub.stop());

const shot = (name: string) => ({ path: `docs/${name}.png` });

test('hub screenshots', async ({ newContext }) => {
  test.setTimeout(180_000);
  await hub.createEstate('阳光花园');
  const openGate = async (name: string, volunteer: string): Promise<{ page: Page; gate: GatePage }> => {
    const context = await newContext({ baseURL: hub.base, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const gate = new GatePage(page);
    await gate.open();
    await enrolOnDeviceScreen(page, await hub.enrolmentCode('gate', name));
    await gate.signIn(volunteer);
    await gate.checkUnregistered(`https://jkm.example.gov.cn/code?u=${name}`, 'burst');
    await expect(page.getByTestId('sync-status')).toHaveText(/✓\s*已同步/);
    return { page, gate };
  };
  const east = await openGate('东门', '王芳');
  await openGate('西门', '李强');
  await east.page.locator('.gate-bar').screenshot(shot('gate-sync-ok'));

  // The hub out of reach: the checks go on, and wait.
  await east.page.context().setOffline(true);
  for (const u of ['offline-1', 'offline-2'])
    await east.gate.checkUnregistered(`https://jkm.example.gov.cn/code?u=${u}`, 'burst');
  await expect(east.page.getByTestId('sync-status')).toContainText('2 条待上传');
  await expect(east.page.getByTestId('sync-status')).toContainText('服务器未连接');
  await east.page.screenshot(shot('gate-sync-waiting'));

  // The office's device board: both tablets, the east one with its checks waiting.
  const office = await (
    await newContext({ baseURL: hub.base, viewport: { width: 1280, height: 800 } })
  ).newPage();
  await office.goto('/');
  await enrolOnDeviceScreen(office, await hub.enrolmentCode('office'));
  await new RegistryPage(office).openConsole();
  await office.getByTestId('tab-devices').click();
  await expect(office.locator('[data-testid="device-row"]')).toHaveCount(4);
  await office.screenshot(shot('device-board'));
});
