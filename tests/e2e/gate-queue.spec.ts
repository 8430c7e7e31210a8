/**
 * The gate at a real queue: the next person's code arriving while a check is in progress never
 * replaces that check silently.
 */
import { expect, test } from '@playwright/test';
import { setUpGate } from './fixtures/gate-setup.ts';

const NOW = Date.UTC(2026, 10, 23, 1);

interface StoredPassage {
  verdict: string;
  reasons: string[];
  personId: string | null;
  check?: { temperaturesC: number[]; mask: string | null };
}

test.describe('the next code mid-check', () => {
  test('finish the first person: nothing of either check is lost, the next opens after', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanAtOnce(estate.zhang);
    await page.getByTestId('temp-36.6').click();
    await gate.scanAtOnce(estate.li);
    // The check in progress stays, with its reading; the volunteer is told who waits.
    const waiting = page.getByTestId('next-waiting');
    await expect(waiting).toBeVisible();
    await expect(waiting).toContainText('下一位已扫码');
    await expect(page.getByTestId('check-panel')).toHaveAttribute('data-person', 'res:3|2|1201|张三丰');
    await expect(page.getByTestId('readings')).toContainText('36.6');
    await page.getByTestId('next-finish-current').click();
    await expect(waiting).toHaveCount(0);
    await page.getByTestId('mask-ok').click();
    await gate.expectVerdict('pass', []);
    await gate.next();
    // The second person's check opens by itself once the first is done.
    await expect(page.getByTestId('check-panel')).toHaveAttribute('data-person', 'res:3|2|1202|李秀英');
    await expect(page.getByTestId('readings')).toHaveCount(0);
    const passages = await gate.readTable<StoredPassage>('passages');
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ personId: 'res:3|2|1201|张三丰', verdict: 'pass' });
    expect(passages[0]?.check).toMatchObject({ temperaturesC: [36.6], mask: 'ok' });
  });

  test('record the first as incomplete and start the next at once', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanAtOnce(estate.zhang);
    await page.getByTestId('temp-36.6').click();
    await gate.scanAtOnce(estate.li);
    await page.getByTestId('next-record-incomplete').click();
    await expect(page.getByTestId('check-panel')).toHaveAttribute('data-person', 'res:3|2|1202|李秀英');
    await expect(page.getByTestId('next-waiting')).toHaveCount(0);
    const [first] = await gate.readTable<StoredPassage>('passages');
    expect(first).toMatchObject({
      personId: 'res:3|2|1201|张三丰',
      verdict: 'review',
      reasons: ['incomplete'],
    });
    expect(first?.check).toMatchObject({ temperaturesC: [36.6], mask: null });
  });

  test('the same card shown again mid-check is the same person, not a next one', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanAtOnce(estate.zhang);
    await page.getByTestId('temp-36.6').click();
    // Past the window in which a repeat is ignored as the same sighting.
    await page.clock.setFixedTime(NOW + 10_000);
    await gate.scanAtOnce(estate.zhang);
    await page.getByTestId('mask-ok').click();
    await gate.expectVerdict('pass', []);
    await expect(page.getByTestId('next-waiting')).toHaveCount(0);
  });
});
