import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';
import { RegistryPage } from './pages/registry-page.ts';

interface StoredPassage {
  verdict: string;
  reasons: string[];
  check?: { policyVersion: number; temperaturesC: number[] };
}

test.describe('rules and lists: manager decisions, behind the PIN and audited', () => {
  test('a rule change is made in the console under the PIN, audited with the manager, and checks record the version they were decided under', async ({
    page,
  }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('李强');
    await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=before');

    // The volunteer's ⚙ leads to this device's own screen: no rule, list, key or restore there.
    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('device-screen')).toBeVisible();
    for (const id of [
      'policy-fever',
      'risk-file',
      'trust-file',
      'tablet-backup-file',
      'revoke-submit',
      'estate-generate',
    ])
      await expect(page.getByTestId(id)).toHaveCount(0);
    // The console asks for the PIN first.
    await page.getByTestId('open-console').click();
    await expect(page.getByTestId('pin-gate')).toBeVisible();
    await expect(page.getByTestId('policy-fever')).toHaveCount(0);

    const console = new RegistryPage(page);
    await console.openConsole();
    await page.getByTestId('tab-rules').click();
    await expect(page.getByTestId('policy-version')).toHaveText('v1');
    await page.getByTestId('policy-fever').fill('37.0');
    await page.getByTestId('policy-fever').blur();
    await expect(page.getByTestId('policy-version')).toHaveText('v2');
    await page.getByTestId('tab-audit').click();
    const entry = page.locator('[data-testid="audit-row"][data-action="policy"]');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('王经理');
    await expect(entry).toContainText('feverThresholdC=37');
    await gate.open();

    // 37.1 is now at or above the threshold: one re-measure, then a fever.
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=after');
    await gate.completeCheck({ temperature: '37.1' });
    await expect(page.getByTestId('remeasure')).toBeVisible();
    await gate.typeTemperature('37.2');
    await expect(gate.verdict).toHaveAttribute('data-reasons', /fever/);

    const passages = await gate.readTable<StoredPassage>('passages');
    expect(passages.map((p) => p.check?.policyVersion).sort()).toEqual([1, 2]);
    await console.openConsole();
    await page.getByTestId('tab-rules').click();
    await expect(page.getByTestId('policy-version')).toHaveText('v2');
    await expect(page.getByTestId('policy-fever')).toHaveValue('37');
  });

  test('a resident list with a bad line is refused whole in the console, with the line number', async ({
    page,
  }) => {
    const registry = new RegistryPage(page);
    await registry.openConsole();
    await registry.chooseFile(
      'residents.csv',
      'text/csv',
      Buffer.from('id,name,building,unit,room,status\nR1,张三,3,2,1201,正常\nR2,李四,3,2,1202,生病了'),
    );
    await expect(registry.problems.first()).toContainText('第 3 行');
    await expect(registry.problems.first()).toContainText('生病了');
    expect(await new GatePage(page).readTable('people')).toEqual([]);
  });
});

test.describe('log integrity', () => {
  test('verify log finds nothing on an untouched log and names the first record altered behind the app', async ({
    page,
  }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('李强');
    for (const n of [1, 2, 3]) await gate.checkUnregistered(`https://jkm.example.gov.cn/code?u=${n}`);
    // The chain check is this device's own: on its screen, no PIN needed.
    await page.getByTestId('open-settings').click();
    await page.getByTestId('verify-log').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-break', '');
    await expect(page.getByTestId('verify-result')).toContainText('3');

    // Someone edits the second record straight in IndexedDB: review → pass.
    const altered = await page.evaluate(async () => {
      const open = indexedDB.open('gate-checkpoint');
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const store = db.transaction('passages', 'readwrite').objectStore('passages');
      const all = await new Promise<{ id: string; verdict: string; reasons: string[] }[]>((resolve) => {
        const r = store.getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const second = all.sort((a, b) => (a.id < b.id ? -1 : 1))[1];
      if (!second) return '';
      await new Promise((resolve) => {
        const r = store.put({ ...second, verdict: 'pass', reasons: [] });
        r.onsuccess = resolve;
      });
      db.close();
      return second.id;
    });
    await page.getByTestId('verify-log').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-break', altered);
  });
});
