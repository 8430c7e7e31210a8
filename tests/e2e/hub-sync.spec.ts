/**
 * A gate tablet connected to a real hub: the test starts the hub (`src/hub/start.ts`, PGlite in a
 * temporary folder, serving the built app from dist/ on its own port), creates the estate with
 * the setup code the hub prints, has the manager (a key held by the test) issue a gate's code,
 * and enrols the browser with it on the device screen. A check at the gate reaches the hub; with
 * the network cut, three checks wait ("3 条待上传") and arrive once it is back, each once.
 */
import { expect, test } from './fixtures/contexts.ts';
import { enrolOnDeviceScreen, TestHub } from './fixtures/hub.ts';
import { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';
import { RegistryPage } from './pages/registry-page.ts';

const hub = new TestHub();
test.beforeAll(() => hub.start());
test.afterAll(() => hub.stop());

test('a gate enrolled with a code pushes its checks to the hub, and catches up after being offline', async ({
  newContext,
}) => {
  test.setTimeout(180_000);
  // The estate and its manager, with the code the hub printed.
  await hub.createEstate('幸福里小区');
  const token = await hub.enrolmentCode('gate', '西门');

  const context = await newContext({ baseURL: hub.base });
  const page = await context.newPage();
  const gate = new GatePage(page);
  await gate.open();
  // Not enrolled: the gate bar says nothing about a hub.
  await expect(page.getByTestId('sync-status')).toHaveCount(0);

  await page.getByTestId('open-settings').click();
  await page.getByTestId('hub-code').fill('WRONG-CODE-0000');
  await page.getByTestId('hub-enrol').click();
  await expect(page.getByTestId('hub-problem')).toContainText('连接码无效');
  await page.getByTestId('hub-code').fill(token);
  await page.getByTestId('hub-enrol').click();
  await expect(page.getByTestId('hub-estate')).toHaveText('幸福里小区');
  await expect(page.getByTestId('hub-gate')).toHaveText('西门');
  await expect(page.getByTestId('hub-role')).toHaveText('门岗平板');
  await expect(page.getByTestId('hub-address')).toHaveText(hub.base);

  // The tablet now records as the gate it was enrolled for; the bar says it is in step.
  await page.getByTestId('back-to-gate').click();
  await expect(gate.ready).toHaveAttribute('data-gate', '西门');
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveText(/✓\s*已同步/);
  await gate.signIn('王芳');
  await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=hub-1', 'burst');
  await expect(status).toHaveText(/✓\s*已同步/);
  await expect.poll(async () => (await hub.signed('GET', '/api/log?limit=50')).passages.length).toBe(1);
  const logged = (await hub.signed('GET', '/api/log?limit=50')).passages[0];
  expect(logged.body).toMatchObject({ gateId: '西门', verdict: 'review', reasons: ['unregistered'] });
  const stored = await readTable<{ id: string }>(page, 'passages');
  expect(logged.id).toBe(stored[0]?.id);

  // Offline: three checks are recorded as ever, and wait.
  await context.setOffline(true);
  for (const u of ['hub-2', 'hub-3', 'hub-4'])
    await gate.checkUnregistered(`https://jkm.example.gov.cn/code?u=${u}`, 'burst');
  await expect(status).toContainText('3 条待上传');
  await expect(status).toContainText(/服务器未连接 自 \d\d:\d\d/);
  expect((await hub.signed('GET', '/api/log?limit=50')).passages).toHaveLength(1);

  // Back online: all arrive, each once, with their flags. The pusher retries at once on the
  // browser's 'online' event; the wait allows for its longest backoff (a minute) besides.
  await context.setOffline(false);
  await expect(status).toHaveText(/✓\s*已同步/, { timeout: 70_000 });
  const records = await hub.records();
  const passages = records.filter((r) => r.kind === 'passage');
  expect(passages).toHaveLength(4);
  expect(new Set(passages.map((p) => p.id)).size).toBe(4);
  expect(passages.every((p) => p.body.gateId === '西门')).toBe(true);
  const ids = async (table: 'passages' | 'flags') =>
    (await readTable<{ id: string }>(page, table)).map((r) => r.id).sort();
  const local = { passages: await ids('passages'), flags: await ids('flags') };
  expect(passages.map((p) => p.id).sort()).toEqual(local.passages);
  expect(
    records
      .filter((r) => r.kind === 'flag')
      .map((r) => r.id)
      .sort(),
  ).toEqual(local.flags);
  expect(await readTable(page, 'outbox')).toEqual([]);
});

test('a write the hub refuses as it stands is set aside, and the writes behind it still arrive', async ({
  newContext,
}) => {
  test.setTimeout(180_000);
  const context = await newContext({ baseURL: hub.base });
  const page = await context.newPage();
  const gate = new GatePage(page);
  await gate.open();
  await enrolOnDeviceScreen(page, await hub.enrolmentCode('gate', '南门'));
  await gate.signIn('赵敏');
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveText(/✓\s*已同步/);

  // Three checks offline; the hub will refuse the middle one whatever batch it comes in (as a
  // hub of an older version would refuse a record it cannot read: 400, sent again it is refused again).
  await context.setOffline(true);
  for (const u of ['south-1', 'south-2', 'south-3'])
    await gate.checkUnregistered(`https://jkm.example.gov.cn/code?u=${u}`, 'burst');
  await expect(status).toContainText('3 条待上传');
  const [first, bad, last] = (await readTable<{ id: string; at: number }>(page, 'passages'))
    .sort((a, b) => a.at - b.at)
    .map((p) => p.id);
  await page.route('**/api/push', async (route) => {
    if ((route.request().postData() ?? '').includes(bad ?? '-'))
      await route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: '{"ok":false,"error":"bad-passage"}',
      });
    else await route.continue();
  });
  await context.setOffline(false);

  // The other two reach the hub; the refused one is kept on the tablet, and said so.
  await expect(status).toContainText('1 条被服务器拒收', { timeout: 70_000 });
  await expect(status).not.toContainText('待上传');
  const onHub = (await hub.records()).filter((r) => r.kind === 'passage').map((r) => r.id);
  expect(onHub).toEqual(expect.arrayContaining([first, last]));
  expect(onHub).not.toContain(bad);
  expect(await readTable(page, 'outbox')).toEqual([]);
  const refused = await readTable<{ records: { id: string }[]; error: string }>(page, 'outboxRefused');
  expect(refused).toHaveLength(1);
  expect(refused[0]?.error).toBe('bad-passage');
  expect(refused[0]?.records.map((r) => r.id)).toContain(bad);
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('hub-refused')).toContainText('1 条记录被服务器拒收');
});

test('a tablet whose clock is ten minutes slow still uploads, and its bar says the clock is off', async ({
  newContext,
}) => {
  test.setTimeout(120_000);
  const context = await newContext({ baseURL: hub.base });
  const page = await context.newPage();
  // The tablet's clock, set by hand long ago: ten minutes behind the hub's.
  await page.clock.install({ time: Date.now() - 10 * 60_000 });
  const gate = new GatePage(page);
  await gate.open();
  await enrolOnDeviceScreen(page, await hub.enrolmentCode('gate', '西北门'));
  await gate.signIn('周杰');
  await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=slow-clock', 'burst');
  const status = page.getByTestId('sync-status');
  await expect(status).toContainText(/✓\s*已同步/, { timeout: 30_000 });
  await expect(page.getByTestId('sync-clock')).toHaveText(/本机时间与服务器相差 10 分钟/);
  const [stored] = await readTable<{ id: string }>(page, 'passages');
  await expect
    .poll(async () => (await hub.records()).filter((r) => r.kind === 'passage').map((r) => r.id))
    .toContain(stored?.id);
});

test('disconnecting is the manager’s, says what would stay behind, and is audited', async ({
  newContext,
}) => {
  test.setTimeout(120_000);
  const context = await newContext({ baseURL: hub.base });
  const page = await context.newPage();
  const gate = new GatePage(page);
  await gate.open();
  await enrolOnDeviceScreen(page, await hub.enrolmentCode('gate', '东南门'));
  await gate.signIn('吴磊');
  await context.setOffline(true);
  await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=left-behind', 'burst');
  await expect(page.getByTestId('sync-status')).toContainText('1 条待上传');

  // The device screen has no 断开: it is in the console, past the PIN.
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('hub-estate')).toBeVisible();
  await expect(page.getByTestId('hub-disconnect')).toHaveCount(0);
  await new RegistryPage(page).openConsole();
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('hub-disconnect').click();
  await expect(page.getByTestId('hub-disconnect-waiting')).toContainText('还有 1 条记录未上传');
  await page.getByTestId('hub-disconnect-confirm').click();
  await expect(page.getByTestId('hub-disconnect-panel')).toHaveCount(0);
  await page.getByTestId('tab-audit').click();
  await expect(page.locator('[data-testid="audit-row"][data-action="hub-disconnect"]')).toContainText(
    '王经理',
  );

  // Back at the gate: no hub, the check kept on the tablet.
  await gate.open();
  await expect(page.getByTestId('sync-status')).toHaveCount(0);
  expect(await readTable(page, 'passages')).toHaveLength(1);
});
