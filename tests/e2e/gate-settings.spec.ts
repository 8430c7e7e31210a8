import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';

interface StoredPassage {
  verdict: string;
  reasons: string[];
  check?: { policyVersion: number; temperaturesC: number[] };
}

test.describe('gate settings', () => {
  test('a rule change is a new policy version, and checks record the version they were decided under', async ({
    page,
  }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('李强');
    await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=before');

    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('policy-version')).toHaveText('v1');
    await page.getByTestId('policy-fever').fill('37.0');
    await page.getByTestId('policy-fever').blur();
    await expect(page.getByTestId('policy-version')).toHaveText('v2');
    await page.getByTestId('back-to-gate').click();

    // 37.1 is now at or above the threshold: one re-measure, then a fever.
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=after');
    await gate.completeCheck({ temperature: '37.1' });
    await expect(page.getByTestId('remeasure')).toBeVisible();
    await gate.typeTemperature('37.2');
    await expect(gate.verdict).toHaveAttribute('data-reasons', /fever/);

    const passages = await gate.readTable<StoredPassage>('passages');
    expect(passages.map((p) => p.check?.policyVersion).sort()).toEqual([1, 2]);
    await page.reload();
    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('policy-version')).toHaveText('v2');
    await expect(page.getByTestId('policy-fever')).toHaveValue('37');
  });

  test('a resident list with a bad line is refused whole, with the line number', async ({ page }) => {
    await page.goto('/settings');
    await page.getByTestId('residents-text').fill('R1,张三,3,2,1201,正常\nR2,李四,3,2,1202,生病了');
    await page.getByTestId('residents-save').click();
    await expect(page.getByTestId('residents-error')).toContainText('第 2');
    await expect(page.getByTestId('residents-error')).toContainText('生病了');
    const gate = new GatePage(page);
    expect(await gate.readTable('people')).toEqual([]);
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
