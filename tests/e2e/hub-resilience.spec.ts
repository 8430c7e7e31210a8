/**
 * A connected gate never loses or doubles a record, whatever fails (real hub on PGlite, and for
 * the hub's death once more on PostgreSQL; real Chromium): offline for a shift it records 200 checks, and the hub is killed (SIGKILL) as the
 * tablet comes back and starts pushing, then restarted on the same data: the hub ends with each
 * of the 200 exactly once. A browser killed right after "已记录", before its push went out,
 * pushes the record once it is started again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/contexts.ts';
import { enrolOnDeviceScreen, TestHub } from './fixtures/hub.ts';
import { type Killable, killHard, newPage, startKillable } from './fixtures/killable-chromium.ts';
import { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';

const hub = new TestHub();
test.beforeAll(async () => {
  await hub.start();
  await hub.createEstate('幸福里小区');
});
test.afterAll(() => hub.stop());

const passagesOn = async (on: TestHub) =>
  (await on.records()).filter((r) => r.kind === 'passage').map((r) => r.id);
const passagesOnHub = () => passagesOn(hub);

// On PGlite (the hub's own data folder) and on PostgreSQL (a server that outlives the hub).
for (const database of ['pglite', 'postgres'] as const) {
  test.describe(`on ${database}`, () => {
    const shiftHub = database === 'pglite' ? hub : new TestHub(database);
    if (database !== 'pglite') {
      test.beforeAll(async () => {
        await shiftHub.start();
        await shiftHub.createEstate('幸福里小区');
      });
      test.afterAll(() => shiftHub.stop());
    }

    test('offline for a shift: 200 checks, the hub killed as they upload and restarted: each arrives once', async ({
      newContext,
    }) => {
      test.setTimeout(300_000);
      const context = await newContext({
        baseURL: shiftHub.base,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      const gate = new GatePage(page);
      await gate.open();
      await enrolOnDeviceScreen(page, await shiftHub.enrolmentCode('gate', '西门'));
      await gate.signIn('王芳');
      const status = page.getByTestId('sync-status');
      await expect(status).toHaveText(/✓\s*已同步/);

      await context.setOffline(true);
      await gate.quickChecks(200, 'https://jkm.example.gov.cn/code?u=shift-');
      await expect(status).toContainText('200 条待上传');
      expect(await passagesOn(shiftHub)).toEqual([]);

      // Back online; the hub dies as the upload starts, and comes back on the same data.
      await context.setOffline(false);
      await shiftHub.killAndRestart();
      await expect(status).toHaveText(/✓\s*已同步/, { timeout: 90_000 });
      const onHub = await passagesOn(shiftHub);
      const local = (await readTable<{ id: string }>(page, 'passages')).map((p) => p.id);
      expect(local).toHaveLength(200);
      expect(onHub).toHaveLength(200);
      expect(new Set(onHub).size).toBe(200);
      expect([...onHub].sort()).toEqual([...local].sort());
      expect(await readTable(page, 'outbox')).toEqual([]);
    });
  });
}

test('a browser killed right after 已记录 pushes the record once it is started again', async () => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'gate-kill-'));
  const code = await hub.enrolmentCode('gate', '东门');
  let k: Killable | null = null;
  try {
    k = await startKillable(profile);
    let page = await newPage(k);
    await page.setViewportSize({ width: 1280, height: 800 });
    let gate = new GatePage(page);
    await page.goto(hub.base);
    await expect(gate.ready).toBeVisible();
    await enrolOnDeviceScreen(page, code);
    await gate.signIn('李强');
    await expect(page.getByTestId('sync-status')).toHaveText(/✓\s*已同步/);
    // Its pushes cannot leave (the network drops them), so the record is only on the tablet.
    await page.route('**/api/push', (route) => route.abort());
    await gate.scanAtOnce('https://jkm.example.gov.cn/code?u=power-cut');
    await gate.completeCheck();
    await gate.expectVerdict('review', ['unregistered']);
    const [recorded] = await readTable<{ id: string }>(page, 'passages');
    await killHard(k);
    expect(await passagesOnHub()).not.toContain(recorded?.id);

    k = await startKillable(profile);
    page = await newPage(k);
    gate = new GatePage(page);
    await page.goto(hub.base);
    await expect(page.getByTestId('sync-status')).toHaveText(/✓\s*已同步/, { timeout: 60_000 });
    const onHub = await passagesOnHub();
    expect(onHub.filter((id) => id === recorded?.id)).toHaveLength(1);
  } finally {
    // The whole process group is gone once killHard returns, so nothing writes the profile any more.
    if (k) await killHard(k);
    rmSync(profile, { recursive: true, force: true });
  }
});
