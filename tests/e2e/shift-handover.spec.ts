import { expect, type Locator, test } from '@playwright/test';
import { setUpGate } from './fixtures/gate-setup.ts';
import { GatePage } from './pages/gate-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);
const HOUR_MS = 3_600_000;

interface StoredPassage {
  verdict: string;
  check?: { volunteer: string };
}
interface StoredAudit {
  action: string;
  who: string;
  detail: string;
}

/** A gloved finger can hit it and a volunteer can read it at arm's length. */
async function expectTouchSized(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
  const px = await target.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(px).toBeGreaterThanOrEqual(16);
}

test.describe('the duty shift', () => {
  test('nobody on duty: a scan is kept, the gate asks for a name, and the check continues under it', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const gate = new GatePage(page);
    await gate.open();
    await expectTouchSized(page.getByTestId('volunteer-name'));
    await expectTouchSized(page.getByTestId('sign-in'));
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=before-sign-in');
    // Kept, not lost, and no check opens without a name to record it under.
    await expect(page.getByTestId('held-scan')).toBeVisible();
    await expect(gate.checkPanel).toHaveCount(0);
    expect(await gate.readTable('passages')).toEqual([]);
    await gate.signIn('王芳');
    await expect(page.getByTestId('held-scan')).toHaveCount(0);
    await gate.completeCheck();
    await gate.expectVerdict('review', ['unregistered']);
    const [passage] = await gate.readTable<StoredPassage>('passages');
    expect(passage?.check?.volunteer).toBe('王芳');
  });

  test('a handover: the outgoing shift is shown, the incoming volunteer accepts, the counts start again at once', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);

    // 王芳's shift: a pass, a fever (deny), an unregistered visitor (review).
    await gate.scanWithScanner(estate.zhang);
    await gate.completeCheck();
    await gate.expectVerdict('pass', []);
    await gate.next();
    await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=hot');
    await gate.completeCheck({ temperature: '38.2' });
    await gate.typeTemperature('38.4');
    await gate.expectVerdict('deny');
    await gate.next();
    await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=visitor');
    await expect(page.getByTestId('shift-summary')).toHaveAttribute('data-checks', '3');
    expect(await gate.shiftCounts()).toEqual({ checks: 3, pass: 1, review: 1, deny: 1, open: 3 });

    // Changing the volunteer can be cancelled; nothing changes.
    await expectTouchSized(page.getByTestId('change-volunteer'));
    await page.getByTestId('change-volunteer').click();
    await expect(page.getByTestId('volunteer-name')).toHaveValue('');
    await expectTouchSized(page.getByTestId('volunteer-name'));
    await expectTouchSized(page.getByTestId('cancel-sign-in'));
    await page.getByTestId('cancel-sign-in').click();
    await expect(page.getByTestId('on-duty')).toHaveText('王芳');
    await expect(page.getByTestId('shift-summary')).toHaveAttribute('data-checks', '3');

    // An hour later 李强 takes over: the handover view shows 王芳's shift.
    await page.clock.setFixedTime(NOW + HOUR_MS);
    const handover = await gate.changeVolunteer('李强');
    await expect(handover).toContainText('王芳');
    await expect(handover).toContainText('李强');
    const counts = page.getByTestId('handover-counts');
    await expect(counts).toHaveAttribute('data-checks', '3');
    await expect(counts).toHaveAttribute('data-pass', '1');
    await expect(counts).toHaveAttribute('data-review', '1');
    await expect(counts).toHaveAttribute('data-deny', '1');
    await expect(page.getByTestId('handover-flag')).toHaveCount(3);
    await expect(page.locator('[data-testid="handover-flag"][data-kind="fever"]')).toContainText('体温异常');
    await expect(page.locator('[data-testid="handover-flag"][data-kind="unregistered"]')).toHaveCount(2);
    await expect(page.getByTestId('handover-fever')).toHaveCount(1);
    await expect(page.getByTestId('handover-fever')).toContainText('38.2');
    await expect(page.getByTestId('handover-fever')).toContainText('38.4');
    await expectTouchSized(page.getByTestId('accept-handover'));
    await gate.acceptHandover('李强');

    // The new shift starts empty, with no reload; the open flags stay in the queue.
    expect(await gate.shiftCounts()).toEqual({ checks: 0, pass: 0, review: 0, deny: 0, open: 0 });
    await expect(gate.flags).toHaveCount(3);
    const audit = await gate.readTable<StoredAudit>('audit');
    const entry = audit.find((a) => a.action === 'handover');
    expect(entry).toMatchObject({ who: '李强' });
    expect(entry?.detail).toContain('王芳 → 李强');

    await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=after');
    await expect(page.getByTestId('shift-summary')).toHaveAttribute('data-checks', '1');
    expect(await gate.shiftCounts()).toEqual({ checks: 1, pass: 0, review: 1, deny: 0, open: 1 });
    const passages = await gate.readTable<StoredPassage>('passages');
    expect(passages.map((p) => p.check?.volunteer)).toEqual(['王芳', '王芳', '王芳', '李强']);
  });
});
