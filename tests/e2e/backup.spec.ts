import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/contexts.ts';
import { GatePage } from './pages/gate-page.ts';
import { RegistryPage } from './pages/registry-page.ts';

test.describe('encrypted backup', () => {
  test('everything exported under a passphrase restores on another tablet; a wrong passphrase or an edited file changes nothing', async ({
    newContext,
  }) => {
    const tabletA = await (await newContext()).newPage();
    const a = new GatePage(tabletA);
    await a.open();
    await a.signIn('王芳');
    await a.checkUnregistered('https://jkm.example.gov.cn/code?u=backup-1');
    await a.checkUnregistered('https://jkm.example.gov.cn/code?u=backup-2');
    // Making a backup is a manager's action: the device screen has none, the console (PIN) has it.
    await tabletA.getByTestId('open-settings').click();
    await expect(tabletA.getByTestId('device-screen')).toBeVisible();
    await expect(tabletA.getByTestId('tablet-backup-export')).toHaveCount(0);
    await new RegistryPage(tabletA).openConsole();
    await tabletA.getByTestId('tab-settings').click();
    await tabletA.getByTestId('tablet-backup-passphrase').fill('short');
    await tabletA.getByTestId('tablet-backup-export').click();
    await expect(tabletA.getByTestId('tablet-backup-note')).toHaveAttribute('data-kind', 'bad');
    await tabletA.getByTestId('tablet-backup-passphrase').fill('门岗备份-2026-strong');
    const [download] = await Promise.all([
      tabletA.waitForEvent('download'),
      tabletA.getByTestId('tablet-backup-export').click(),
    ]);
    const file = readFileSync(await download.path());
    expect(download.suggestedFilename()).toMatch(/\.gcsf$/);
    expect(file.subarray(0, 5)).toEqual(Buffer.from('GCSF\x01', 'latin1'));
    expect(file.includes(Buffer.from('王芳'))).toBe(false);
    expect(file.includes(Buffer.from('unregistered'))).toBe(false);
    await tabletA.getByTestId('tab-audit').click();
    await expect(tabletA.locator('[data-testid="audit-row"][data-action="backup-export"]')).toContainText(
      '王经理',
    );

    const tabletB = await (await newContext()).newPage();
    const b = new GatePage(tabletB);
    await b.open();
    await b.signIn('李强');
    await b.checkUnregistered('https://jkm.example.gov.cn/code?u=on-b');
    // Restoring is a manager's action: in the console's settings, past the PIN.
    await tabletB.getByTestId('open-settings').click();
    await expect(tabletB.getByTestId('tablet-backup-file')).toHaveCount(0);
    await new RegistryPage(tabletB).openConsole();
    await tabletB.getByTestId('tab-settings').click();
    const pick = (buffer: Buffer) =>
      tabletB
        .getByTestId('tablet-backup-file')
        .setInputFiles({ name: 'backup.gcsf', mimeType: 'application/octet-stream', buffer });

    await tabletB.getByTestId('tablet-backup-passphrase').fill('not the passphrase');
    await pick(file);
    await expect(tabletB.getByTestId('tablet-backup-note')).toContainText('口令错误');
    // One bit changed inside the ciphertext.
    const edited = Buffer.from(file);
    edited[edited.length - 40] = (edited[edited.length - 40] ?? 0) ^ 0x01;
    await tabletB.getByTestId('tablet-backup-passphrase').fill('门岗备份-2026-strong');
    await pick(edited);
    await expect(tabletB.getByTestId('tablet-backup-note')).toHaveAttribute('data-kind', 'bad');
    expect(await b.readTable('passages')).toHaveLength(1);

    await pick(file);
    await expect(tabletB.getByTestId('tablet-backup-note')).toHaveAttribute('data-kind', 'ok');
    await tabletB.waitForEvent('load');
    await expect(b.ready).toBeVisible();
    // Merged by id: tablet B's own check stays beside the two from the file.
    await expect(b.passages).toHaveCount(3);
    await expect(tabletB.getByTestId('on-duty')).toHaveText('王芳');

    // The restore is in the audit trail under the manager's name, beside what was there before.
    const console = new RegistryPage(tabletB);
    await console.openConsole();
    await tabletB.getByTestId('tab-audit').click();
    const restored = tabletB.locator('[data-testid="audit-row"][data-action="restore"]');
    await expect(restored).toHaveCount(1);
    await expect(restored).toContainText('王经理');
    // B's own trail stays; A's trail up to the export (its PIN set) joins it from the file.
    await expect(tabletB.locator('[data-testid="audit-row"][data-action="pin-set"]')).toHaveCount(2);
  });
});
