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
