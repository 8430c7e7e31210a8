import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PREVIEW_URL } from './browser.ts';
import { killHard, newPage, startKillable } from './fixtures/killable-chromium.ts';
import { GatePage } from './pages/gate-page.ts';
import { ManagePage } from './pages/manage-page.ts';

// A killed browser cannot hand its trace back.
test.use({ trace: 'off' });

test('after one visit and a reboot with no network: a whole gate check, then a manager export', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'gate-reboot-'));
  const first = await startKillable(profile);
  try {
    const page = await newPage(first);
    const gate = new GatePage(page);
    await page.goto(PREVIEW_URL);
    await expect(gate.ready).toBeVisible();
    // Only the gate is visited online: the console's code loads on demand and must come from
    // the service worker's precache after the reboot.
    await gate.waitForServiceWorker();
  } finally {
    await killHard(first);
  }

  const after = await startKillable(profile);
  try {
    const context = after.browser.contexts()[0];
    if (!context) throw new Error('no context');
    await context.setOffline(true);
    const page = await newPage(after);
    const gate = new GatePage(page);
    await page.goto(PREVIEW_URL);
    await expect(gate.ready).toBeVisible();
    await expect(page.getByTestId('network')).toContainText('离线');
    await gate.signIn('王芳');
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=offline-reboot');
    await gate.completeCheck();
    await gate.expectVerdict('review', ['unregistered']);
    await gate.next();

    await page.goto(`${PREVIEW_URL}/manage`);
    const manage = new ManagePage(page);
    await manage.setPin('246813', '赵经理');
    const csv = (await manage.download('export-logs')).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split(/\r?\n/).filter((l) => l.trim()).length).toBe(2);
    expect(csv).toContain('王芳');
    expect(csv).toContain('36.5');
  } finally {
    await killHard(after);
  }
});
