import { expect, test } from '@playwright/test';
import { typeAsScanner } from './fixtures/scanner.ts';
import { sha256 } from './hash.ts';
import { GatePage } from './pages/gate-page.ts';

test.describe('gate screen with a hand-held scanner', () => {
  test('scanner keystrokes record passages that survive a reload, newest first', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    await expect(page.getByText('最近通行')).toBeVisible();

    await gate.checkUnregistered('https://example.cn/hc?id=first');
    await gate.checkUnregistered('VENUE-CODE-0002');
    await expect(gate.passages).toHaveCount(2);
    expect(await gate.passageHashes()).toEqual([
      sha256('VENUE-CODE-0002'),
      sha256('https://example.cn/hc?id=first'),
    ]);

    await page.reload();
    await expect(gate.ready).toBeVisible();
    await expect(gate.passages).toHaveCount(2);
    expect(await gate.passageHashes()).toEqual([
      sha256('VENUE-CODE-0002'),
      sha256('https://example.cn/hc?id=first'),
    ]);
  });

  test('a scan is read whole when the page stalls in the middle of it (a long task on a busy tablet)', async ({
    page,
  }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    const code = 'https://example.cn/hc?id=stalled-in-the-middle';
    // The page's thread is busy for longer than the scanner's key gap (800 ms) once it has taken
    // the 20th key: the keys typed meanwhile wait in the browser's queue, handled after it.
    await page.evaluate(() => {
      let keys = 0;
      document.addEventListener('keydown', () => {
        if (++keys !== 20) return;
        const end = performance.now() + 1500;
        while (performance.now() < end);
      });
    });
    await typeAsScanner(page, code);
    await gate.completeCheck();
    await gate.expectVerdict('review', ['unregistered']);
    expect(await gate.passageHashes()).toEqual([sha256(code)]);
  });

  test('the same code scanned again within seconds is one passage', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    await gate.checkUnregistered('SAME-CODE');
    // Read again straight away (a code held up twice): no new check starts.
    await gate.scanWithScanner('SAME-CODE');
    await expect(gate.checkPanel).toHaveCount(0);
    await gate.checkUnregistered('OTHER-CODE');
    await expect(gate.passages).toHaveCount(2);
  });

  test('the code text itself is never stored, only its hash', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    const secret = 'SECRET-PERSONAL-TEXT-12345';
    await gate.scanWithScanner(secret);
    await gate.completeCheck();
    await gate.expectVerdict('review', ['unregistered']);
    const dump = await page.evaluate(async () => {
      const open = indexedDB.open('gate-checkpoint');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('passages');
      const all = await new Promise<unknown[]>((resolve) => {
        const r = tx.objectStore('passages').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return JSON.stringify(all);
    });
    expect(dump).not.toContain(secret);
    expect(dump).toContain(sha256(secret));
  });

  test('direction is one tap and remembered for the gate', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('王芳');
    await page.getByTestId('direction-out').click();
    await expect(page.getByTestId('direction-out')).toHaveAttribute('aria-pressed', 'true');
    await gate.scanWithScanner('LEAVING');
    await gate.completeCheck();
    // Registration is an entry check: going out with normal checks passes.
    await gate.expectVerdict('pass', []);
    await gate.next();
    await expect(gate.passages.first()).toContainText('出');
    await page.reload();
    await expect(page.getByTestId('direction-out')).toHaveAttribute('aria-pressed', 'true');
  });

  test('language switch shows English and is remembered', async ({ page }) => {
    const gate = new GatePage(page);
    await gate.open();
    await page.getByTestId('lang-switch').click();
    await expect(page.getByText('Recent passages')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Recent passages')).toBeVisible();
  });
});

test('a scanner burst is swallowed whole: the spaces in a code click nothing and scroll nothing', async ({
  page,
}) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  // The volunteer last tapped the language switch: it keeps the focus.
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('lang-switch')).toBeFocused();
  const scrolled = await page.evaluate(() => window.scrollY);
  // An EU certificate's text holds spaces; this code holds nine.
  await gate.scanWithScanner('GATE TEST CODE WITH NINE SPACES 1 2 3 4');
  await expect(gate.checkPanel).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('lang-switch')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await gate.completeCheck();
  await gate.expectVerdict('review', ['unregistered']);
  // A person pressing Space on a focused button still presses it.
  await gate.next();
  await page.getByTestId('lang-switch').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
