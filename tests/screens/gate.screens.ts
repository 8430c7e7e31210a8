/**
 * The README's gate pictures at 1280x800, taken from the real app: the idle screen with open
 * flags, a check in progress, and each verdict with the name of the person in front.
 */
import { expect, test } from '@playwright/test';
import { setUpGate } from '../e2e/fixtures/gate-setup.ts';

const NOW = Date.UTC(2026, 10, 23, 1);
const shot = (name: string) => ({ path: `docs/${name}.png` });

test('gate screenshots', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(NOW);
  const { gate, estate } = await setUpGate(page, NOW);
  await page.getByTestId('manual-lookup').waitFor();

  await gate.scanAtOnce(estate.zhang);
  await page.getByTestId('temp-36.5').click();
  await page.getByTestId('mask-ok').click();
  await gate.expectVerdict('pass', []);
  await page.screenshot(shot('verdict-pass'));
  await gate.next();

  await gate.scanAtOnce('https://jkm.example.gov.cn/code?u=visitor');
  await expect(gate.checkPanel).toBeVisible();
  await page.getByTestId('code-green').click();
  await page.getByTestId('temp-36.6').click();
  await page.screenshot(shot('gate-check'));
  await page.getByTestId('mask-ok').click();
  await gate.expectVerdict('review', ['unregistered']);
  await page.screenshot(shot('verdict-review'));
  await gate.next();

  await page.getByTestId('direction-out').click();
  await gate.scanAtOnce(estate.li);
  await page.getByTestId('temp-36.5').click();
  await page.getByTestId('mask-ok').click();
  await gate.expectVerdict('deny', ['quarantine-exit']);
  await page.screenshot(shot('verdict-deny'));
  await gate.next();
  await page.getByTestId('direction-in').click();
  await page.screenshot(shot('gate-tablet'));
});
