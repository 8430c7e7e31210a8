import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';
import { ManagePage } from './pages/manage-page.ts';

const PIN = '246810';
const HOUR = 3_600_000;

test.describe('hash chain', () => {
  test('two tabs recording at once (80 checks) leave one whole chain: the console finds the log and the trail complete', async ({
    context,
  }) => {
    // 80 whole checks through the screen: minutes on a busy 2-core machine.
    test.setTimeout(600_000);
    const first = new GatePage(await context.newPage());
    await first.open();
    await first.signIn('李强');
    // The second tab of the same tablet: the volunteer on duty is the device's, already signed in.
    // It reads the clock 3 s behind the first (well inside what the check calls a clock change),
    // so records it makes sort by id before records the first tab committed earlier, every time
    // rather than only when two commits happen to cross.
    const secondPage = await context.newPage();
    await secondPage.addInitScript(() => {
      const real = Date.now;
      Date.now = () => real() - 3000;
    });
    const second = new GatePage(secondPage);
    await second.open();
    await expect(second.page.getByTestId('on-duty')).toHaveText('李强');
    const tabs = [first, second];
    await Promise.all(
      tabs.map(async (gate, tab) => {
        for (let n = 0; n < 40; n++)
          await gate.checkUnregistered(`https://jkm.example.gov.cn/code?t=${tab}&n=${n}`, 'burst');
      }),
    );
    const page = first.page;
    expect(await first.readTable('passages')).toHaveLength(80);
    const console = new ManagePage(page);
    await console.open();
    await console.setPin(PIN, '王经理');
    const log = await console.integrityCheck('log');
    await expect(log).toHaveAttribute('data-break', '');
    await expect(log).toContainText('记录完整');
    await expect(log).toContainText('(80)');
    await expect(page.getByTestId('verify-result-clock')).toHaveCount(0);
    const trail = await console.integrityCheck('audit');
    await expect(trail).toHaveAttribute('data-break', '');
  });

  test('a clock set back an hour between checks is a clock note, not tampering', async ({ page }) => {
    const start = Date.now();
    await page.clock.setFixedTime(start);
    const gate = new GatePage(page);
    await gate.open();
    await gate.signIn('李强');
    for (const n of [1, 2]) await gate.checkUnregistered(`https://jkm.example.gov.cn/code?c=${n}`);
    // The tablet's clock is set back an hour and the app reloads: its new ids sort before the old.
    await page.clock.setFixedTime(start - HOUR);
    await gate.open();
    for (const n of [3, 4]) await gate.checkUnregistered(`https://jkm.example.gov.cn/code?c=${n}`);
    await page.getByTestId('open-settings').click();
    await page.getByTestId('verify-log').click();
    const result = page.getByTestId('verify-result');
    await expect(result).toHaveAttribute('data-break', '');
    await expect(result).toContainText('记录完整');
    const note = page.getByTestId('verify-result-clock');
    await expect(note).toHaveAttribute('data-count', '1');
    await expect(note).toContainText('时钟');
    await expect(note).not.toContainText('篡改');
  });

  test('an audit entry edited straight in IndexedDB is named by the console’s audit check', async ({
    page,
  }) => {
    const console = new ManagePage(page);
    await console.open();
    await console.setPin(PIN, '王经理');
    await console.lock();
    await console.unlock(PIN);
    const edited = await page.evaluate(async () => {
      const open = indexedDB.open('gate-checkpoint');
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const store = db.transaction('audit', 'readwrite').objectStore('audit');
      const all = await new Promise<{ id: string; who: string }[]>((resolve) => {
        const r = store.getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const first = all[0];
      if (!first) return '';
      await new Promise((resolve) => {
        store.put({ ...first, who: '别人' }).onsuccess = resolve;
      });
      db.close();
      return first.id;
    });
    const trail = await console.integrityCheck('audit');
    await expect(trail).toHaveAttribute('data-break', edited);
    await expect(trail).toContainText('发现篡改或删除');
  });
});
