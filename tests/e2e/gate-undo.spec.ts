/**
 * Undo at the gate: a gloved mis-tap commits a verdict at once; for a few seconds the verdict
 * offers 撤销. The record stays (written, then corrected: an audited correction), but the
 * withdrawn check counts nowhere: not in the shift's counts, the flags, the recent passages, the
 * console's log, dashboard, report or export. The check reopens for the same person.
 */
import { expect, test } from '@playwright/test';
import { setUpGate } from './fixtures/gate-setup.ts';
import { ManagePage } from './pages/manage-page.ts';
import { RegistryPage } from './pages/registry-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);

interface StoredPassage {
  id: string;
  verdict: string;
  personId: string | null;
  undone?: { at: number; by: string };
}

test('a mis-tap on 未戴口罩 is undone: the check reopens, and the withdrawn deny counts nowhere', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const { gate, estate } = await setUpGate(page, NOW);
  await gate.scanAtOnce(estate.zhang);
  await page.getByTestId('temp-36.6').click();
  await page.getByTestId('mask-none').click();
  await gate.expectVerdict('deny');
  const undo = page.getByTestId('undo-check');
  await expect(undo).toBeVisible();
  await expect(undo).toContainText('撤销');
  await undo.click();
  // The same person's check is open again, its taps cleared: two taps record it anew.
  const panel = page.getByTestId('check-panel');
  await expect(panel).toHaveAttribute('data-person', 'res:3|2|1201|张三丰');
  await expect(page.getByTestId('readings')).toHaveCount(0);
  await expect(page.getByTestId('undone-note')).toBeVisible();
  await page.getByTestId('temp-36.6').click();
  await page.getByTestId('mask-ok').click();
  await gate.expectVerdict('pass', []);
  await gate.next();

  // The gate: one check this shift, a pass; no flag; one recent passage.
  expect(await gate.shiftCounts()).toEqual({ checks: 1, pass: 1, review: 0, deny: 0, open: 0 });
  await expect(page.getByTestId('flag')).toHaveCount(0);
  await expect(page.getByTestId('passage')).toHaveCount(1);

  // Stored: both passages (the chain keeps every record), the first marked undone by the
  // volunteer on duty; its no-mask flag gone; the correction in the audit trail.
  const passages = await gate.readTable<StoredPassage>('passages');
  expect(passages).toHaveLength(2);
  const withdrawn = passages.find((p) => p.verdict === 'deny');
  expect(withdrawn?.undone).toMatchObject({ by: '王芳' });
  expect(passages.find((p) => p.verdict === 'pass')?.undone).toBeUndefined();
  expect(await gate.readTable('flags')).toHaveLength(0);

  const manage = new ManagePage(page);
  await new RegistryPage(page).openConsole();
  await manage.tab('logs');
  await expect(manage.rows).toHaveCount(1);
  await expect(manage.rows.first()).toHaveAttribute('data-verdict', 'pass');
  const csv = (await manage.download('export-logs')).toString('utf8').trim().split('\n');
  expect(csv).toHaveLength(2);
  await page.getByTestId('tab-report').click();
  const report = page.getByTestId('daily-report');
  await expect(report.locator('[data-key="pass"]')).toHaveAttribute('data-count', '1');
  await expect(report.locator('[data-key="deny"]')).toHaveAttribute('data-count', '0');
  await manage.tab('dashboard');
  await expect(page.getByTestId('stat-total')).toHaveAttribute('data-count', '1');
  await manage.tab('audit');
  const entry = page.locator('[data-testid="audit-row"][data-action="check-undone"]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('王芳');
  // The correction leaves the passage chain whole.
  await expect(await manage.integrityCheck('log')).toHaveAttribute('data-break', '');
});

test('the undo is offered for a few seconds only, and a waiting next person stays waiting', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const { gate, estate } = await setUpGate(page, NOW);
  await gate.scanAtOnce(estate.zhang);
  await page.getByTestId('temp-36.6').click();
  await page.getByTestId('mask-ok').click();
  await gate.expectVerdict('pass', []);
  await expect(page.getByTestId('undo-check')).toBeVisible();
  await page.clock.setFixedTime(NOW + 11_000);
  await expect(page.getByTestId('undo-check')).toHaveCount(0);
  await gate.next();

  await page.clock.setFixedTime(NOW + 20_000);
  await gate.scanAtOnce(estate.li);
  await page.getByTestId('temp-36.6').click();
  await gate.scanAtOnce(estate.zhang);
  await expect(page.getByTestId('next-waiting')).toBeVisible();
  await page.getByTestId('next-finish-current').click();
  await page.getByTestId('mask-none').click();
  await gate.expectVerdict('deny');
  await page.getByTestId('undo-check').click();
  await expect(page.getByTestId('check-panel')).toHaveAttribute('data-person', 'res:3|2|1202|李秀英');
  await page.getByTestId('temp-36.6').click();
  await page.getByTestId('mask-ok').click();
  await gate.expectVerdict('pass', []);
  await gate.next();
  // The one who waited is next.
  await expect(page.getByTestId('check-panel')).toHaveAttribute('data-person', 'res:3|2|1201|张三丰');
});
