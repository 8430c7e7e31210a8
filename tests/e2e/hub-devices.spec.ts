/**
 * The estate's devices from the app alone, on a real hub (PGlite, and once more on PostgreSQL): the first device creates the
 * estate with the setup code the hub printed, its console issues a gate's code ("添加设备", a QR
 * of a link and a typed code), a new tablet shown that QR at its gate opens the enrolment and
 * joins as that gate, the board shows both devices with what they reported, and a lost tablet
 * revoked on the board stops uploading and says why.
 */
import { violations } from './fixtures/axe.ts';
import { expect, test } from './fixtures/contexts.ts';
import { TestHub } from './fixtures/hub.ts';
import { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';
import { RegistryPage } from './pages/registry-page.ts';

for (const database of ['pglite', 'postgres'] as const) {
  test.describe(`on ${database}`, () => {
    const hub = new TestHub(database);
    test.beforeAll(() => hub.start());
    test.afterAll(() => hub.stop());

    test('create the estate, add a gate by its code, see it on the board, revoke it', async ({
      newContext,
    }) => {
      test.setTimeout(180_000);
      // The office's first device: the setup code creates the estate, this device its manager's.
      const office = await (await newContext({ baseURL: hub.base })).newPage();
      await office.goto('/settings');
      await office.getByTestId('hub-setup').locator('summary').click();
      await office.getByTestId('hub-setup-setupCode').fill('WRONG-0000');
      await office.getByTestId('hub-setup-estateName').fill('阳光花园');
      await office.getByTestId('hub-setup-managerName').fill('王经理');
      await office.getByTestId('hub-setup-run').click();
      await expect(office.getByTestId('hub-setup-problem')).toContainText('设置码无效');
      await office.getByTestId('hub-setup-setupCode').fill(hub.setupCode());
      await office.getByTestId('hub-setup-run').click();
      await expect(office.getByTestId('hub-estate')).toHaveText('阳光花园');
      await expect(office.getByTestId('hub-role')).toHaveText('管理设备');
      expect(await violations(office)).toEqual([]);

      // 添加设备: a gate's code, as a QR of a link and as text.
      await new RegistryPage(office).openConsole();
      await office.getByTestId('tab-devices').click();
      await office.getByTestId('add-device-issue').click();
      await expect(office.getByTestId('add-device-problem')).toHaveText('请填写门岗名称');
      await office.getByTestId('add-device-gate').fill('东门');
      await office.getByTestId('add-device-issue').click();
      const code = await office.getByTestId('device-code').getAttribute('data-code');
      expect(code).toMatch(/^[0-9A-Z-]{8,}$/);
      await expect(office.getByTestId('device-code').locator('svg')).toBeVisible();
      expect(await violations(office)).toEqual([]);

      const tablet = await (
        await newContext({ baseURL: hub.base, viewport: { width: 1280, height: 800 } })
      ).newPage();
      // The new gate tablet is shown the QR at the gate: its link opens the enrolment with the code
      // (no check is started), and it joins as the east gate.
      const gate = new GatePage(tablet);
      await gate.open();
      await gate.scanAtOnce(`${hub.base}/settings#${code}`);
      await expect(tablet.getByTestId('hub-code')).toHaveValue(code ?? '');
      expect(await readTable(tablet, 'passages')).toEqual([]);
      await tablet.getByTestId('hub-enrol').click();
      await expect(tablet.getByTestId('hub-gate')).toHaveText('东门');
      await tablet.getByTestId('back-to-gate').click();
      await expect(gate.ready).toHaveAttribute('data-gate', '东门');
      await gate.signIn('王芳');
      await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=dev-1', 'burst');
      await expect(tablet.getByTestId('sync-status')).toHaveText(/✓\s*已同步/);

      // The board: both devices; the gate reported its state (version, nothing waiting, chain intact).
      const row = office.locator('[data-testid="device-row"]', { hasText: '东门' });
      await expect(async () => {
        await office.getByTestId('tab-audit').click();
        await office.getByTestId('tab-devices').click();
        await expect(row.getByTestId('device-waiting')).toHaveText('0', { timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await expect(office.getByTestId('device-row')).toHaveCount(2);
      await expect(row.getByTestId('device-chain')).toHaveAttribute('data-breaks', '0');
      await expect(row.getByTestId('device-state')).toHaveText('正常');
      expect(await violations(office)).toEqual([]);

      // The tablet is lost: revoked on the board (two taps), audited under the manager.
      await row.getByTestId('device-revoke').click();
      await row.getByTestId('device-revoke-confirm').click();
      await expect(row).toHaveAttribute('data-state', 'revoked');
      await expect(row.getByTestId('device-state')).toContainText('已吊销');
      await office.getByTestId('tab-audit').click();
      await expect(
        office.locator('[data-testid="audit-row"][data-action="hub-revoke-device"]'),
      ).toContainText('王经理');

      // Its next check is recorded as ever, but the hub refuses it: the bar says why.
      await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=dev-2', 'burst');
      await expect(tablet.getByTestId('sync-status')).toContainText('本机已被停用');
      // The refused record stays on the tablet (in its log and its outbox), never dropped.
      expect(await readTable(tablet, 'passages')).toHaveLength(2);
      expect(await readTable(tablet, 'outbox')).toHaveLength(1);
    });
  });
}
