/**
 * A gate tablet replaced mid-shift, on a real hub (PGlite): the old tablet uploaded two checks,
 * recorded a third offline, and was backed up before it was lost; the new tablet, enrolled as the
 * same gate, restores the backup. The check the hub never had arrives; the two it had are not
 * stored again, however often the backup is restored.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/contexts.ts';
import { enrolOnDeviceScreen, TestHub } from './fixtures/hub.ts';
import { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';
import { RegistryPage } from './pages/registry-page.ts';

const hub = new TestHub();
test.beforeAll(() => hub.start());
test.afterAll(() => hub.stop());

const PASSPHRASE = '门岗备份-2026-strong';

/** Restores `file` in the console's settings (past the PIN) and waits for the reloaded gate. */
async function restore(page: Page, file: Buffer): Promise<void> {
  await new RegistryPage(page).openConsole();
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('tablet-backup-passphrase').fill(PASSPHRASE);
  const reloaded = page.waitForEvent('load');
  await page
    .getByTestId('tablet-backup-file')
    .setInputFiles({ name: 'backup.gcsf', mimeType: 'application/octet-stream', buffer: file });
  await expect(page.getByTestId('tablet-backup-note')).toHaveAttribute('data-kind', 'ok');
  await reloaded;
}

test('a replacement tablet restores the old one’s backup: what the hub lacked arrives, nothing is stored twice', async ({
  newContext,
}) => {
  test.setTimeout(180_000);
  await hub.createEstate('幸福里小区');
  const passages = async () => (await hub.records()).filter((r) => r.kind === 'passage');

  // The old tablet: two checks uploaded, a third recorded with the network down, then a backup.
  const oldContext = await newContext({ baseURL: hub.base });
  const old = await oldContext.newPage();
  const a = new GatePage(old);
  await a.open();
  await enrolOnDeviceScreen(old, await hub.enrolmentCode('gate', '北门'));
  await a.signIn('王芳');
  await a.checkUnregistered('https://jkm.example.gov.cn/code?u=old-1', 'burst');
  await a.checkUnregistered('https://jkm.example.gov.cn/code?u=old-2', 'burst');
  await expect(old.getByTestId('sync-status')).toHaveText(/✓\s*已同步/);
  await expect.poll(async () => (await passages()).length).toBe(2);
  await oldContext.setOffline(true);
  await a.checkUnregistered('https://jkm.example.gov.cn/code?u=old-3', 'burst');
  await expect(old.getByTestId('sync-status')).toContainText('1 条待上传');
  const recorded = (await readTable<{ id: string }>(old, 'passages')).map((p) => p.id).sort();
  await new RegistryPage(old).openConsole();
  await old.getByTestId('tab-settings').click();
  await old.getByTestId('tablet-backup-passphrase').fill(PASSPHRASE);
  const [download] = await Promise.all([
    old.waitForEvent('download'),
    old.getByTestId('tablet-backup-export').click(),
  ]);
  const file = readFileSync(await download.path());
  // The tablet is lost with its third check.
  await oldContext.close();
  expect(await passages()).toHaveLength(2);

  // The replacement, enrolled as the same gate, restores the backup.
  const page = await (await newContext({ baseURL: hub.base })).newPage();
  const b = new GatePage(page);
  await b.open();
  await enrolOnDeviceScreen(page, await hub.enrolmentCode('gate', '北门'));
  await restore(page, file);
  await expect(b.ready).toHaveAttribute('data-gate', '北门');
  await expect(page.getByTestId('sync-status')).toHaveText(/✓\s*已同步/, { timeout: 30_000 });
  const stored = async () => (await passages()).map((p) => p.id).sort();
  expect(await stored()).toEqual(recorded);

  // Restored again (a second try, the same file): still each check once, nothing left waiting.
  await restore(page, file);
  await expect(page.getByTestId('sync-status')).toHaveText(/✓\s*已同步/, { timeout: 30_000 });
  expect(await stored()).toEqual(recorded);
  expect(await readTable(page, 'outbox')).toEqual([]);
});
