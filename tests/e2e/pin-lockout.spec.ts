/**
 * The console's PIN lockout against the two ways round it that were found: setting the tablet's
 * clock forward between guesses, and several tabs guessing at once. Every wrong PIN and every
 * lockout is in the audit trail.
 */
import { expect, type Page, test } from '@playwright/test';
import { ManagePage } from './pages/manage-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);
const HOUR = 3_600_000;
const PIN = '246810';
const WRONG = '111111';
/** Wrong PINs before the first lockout (the fifth locks). */
const THRESHOLD = 5;

interface AuditRow {
  action: string;
}

interface SettingRow {
  key: string;
  value: { servedMs?: number };
}

/**
 * Types a wrong PIN and submits it if the form takes it; true when it was tried, false when the
 * form was locked. Checked and done in one step in the page: another tab's lockout can reach
 * this one between any two steps of the test.
 */
async function guess(page: Page): Promise<boolean> {
  const typed = await page.getByTestId('pin').evaluate((input: HTMLInputElement, pin) => {
    if (input.disabled) return false;
    input.value = pin;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }, WRONG);
  if (!typed) return false;
  const sent = await page.getByTestId('pin-submit').evaluate((button: HTMLButtonElement) => {
    if (button.disabled) return false;
    button.click();
    return true;
  });
  if (!sent) return false;
  // The field is cleared once the answer is in.
  await expect(page.getByTestId('pin')).toHaveValue('');
  return true;
}

test.describe('the PIN lockout', () => {
  test('setting the clock forward does not end a lockout: no guess in 10 s of clock jumps and reloads, each failure audited', async ({
    page,
  }) => {
    await page.clock.install({ time: NOW });
    const console = new ManagePage(page);
    await console.open();
    await console.setPin(PIN, '陈经理');
    await console.waitForOpeningPurge();
    await console.lock();

    let guesses = 0;
    while (await guess(page)) guesses++;
    expect(guesses).toBe(THRESHOLD);
    await expect(console.lockout).toBeVisible();

    // For 10 s, after each refusal move the tablet's clock an hour on and reload, as someone at
    // the tablet could: not one more guess gets through.
    let skew = 0;
    const end = Date.now() + 10_000;
    while (Date.now() < end) {
      if (await guess(page)) guesses++;
      skew += HOUR;
      await page.clock.setSystemTime(NOW + skew);
      await page.reload();
      await expect(console.pinGate).toBeVisible();
    }
    expect(guesses).toBe(THRESHOLD);
    await expect(console.lockout).toBeVisible();
    await expect(page.getByTestId('tab-logs')).toHaveCount(0);

    // Half a minute of time really passing (not the wall clock) serves the first lockout.
    await page.clock.fastForward(31_000);
    await expect(console.lockout).toHaveCount(0);
    await console.unlock(PIN);
    await console.tab('audit');
    await expect
      .poll(() =>
        page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))),
      )
      .toEqual([
        'unlock',
        'pin-lockout',
        ...Array<string>(THRESHOLD).fill('pin-fail'),
        'lock',
        'purge',
        'pin-set',
      ]);
  });

  test('eight tabs guessing at once: five guesses before the lockout, counted and audited once each', async ({
    context,
  }) => {
    // Every "wrong PIN" answer a tab shows, even for a moment before another tab's lockout
    // covers it: the notice appearing, or its text changing (the tries left count down).
    await context.addInitScript(() => {
      const seen = window as unknown as { wrongShown: number };
      seen.wrongShown = 0;
      let last: string | null = null;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid=pin-wrong]')?.textContent ?? null;
        if (text !== null && text !== last) seen.wrongShown++;
        last = text;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const first = await context.newPage();
    const console = new ManagePage(first);
    await console.open();
    await console.setPin(PIN, '陈经理');
    await console.waitForOpeningPurge();
    await console.lock();
    const others = await Promise.all(
      Array.from({ length: 7 }, async () => {
        const p = await context.newPage();
        await new ManagePage(p).open();
        return p;
      }),
    );
    const pages = [first, ...others];

    // Rounds of every tab guessing at once, until no tab takes a guess any more.
    const started = Date.now();
    for (let round = 0; round < 8; round++) {
      const tried = await Promise.all(pages.map(guess));
      if (!tried.some(Boolean)) break;
    }
    let wrong = 0;
    for (const p of pages)
      wrong += await p.evaluate(() => (window as unknown as { wrongShown: number }).wrongShown);
    // At most four answered "wrong" and the fifth started the lockout; no other guess got an answer.
    expect(wrong).toBeLessThanOrEqual(THRESHOLD - 1);
    expect(wrong).toBeGreaterThan(0);
    for (const p of pages) {
      await expect(p.getByTestId('lockout')).toBeVisible();
      await expect(p.getByTestId('tab-logs')).toHaveCount(0);
    }
    const audit = await console.readTable<AuditRow>('audit');
    expect(audit.filter((e) => e.action === 'pin-fail')).toHaveLength(THRESHOLD);
    expect(audit.filter((e) => e.action === 'pin-lockout')).toHaveLength(1);

    // Eight open lock screens serve the lockout no faster than one: never more than the time passed.
    const served = async () =>
      (await console.readTable<SettingRow>('settings')).find((r) => r.key === 'manage:lockout')?.value
        .servedMs ?? 0;
    await expect.poll(served).toBeGreaterThanOrEqual(3000);
    expect(await served()).toBeLessThanOrEqual(Date.now() - started);
  });
});
