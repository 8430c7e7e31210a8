/**
 * Workbooks at the promised limit, both ways, under the app's real CSP: 20,000 residents in from
 * an .xlsx, 20,000 passages out to an .xlsx, a zip bomb and an old .xls refused with words.
 */
import { expect, type Page, test } from '@playwright/test';
import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { RegistryPage } from './pages/registry-page.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ROWS = 20_000;

/** How many records a table of the app's database holds (counted in the page: 20,000 rows are slow to send back). */
function countIn(page: Page, table: string): Promise<number> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('gate-checkpoint');
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const r = db.transaction(name).objectStore(name).count();
    const n = await new Promise<number>((resolve) => {
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return n;
  }, table);
}

/** `count` passages a second apart, made and written in the page (as gates would have), one transaction. */
function seedPassages(page: Page, count: number, at: number): Promise<void> {
  return page.evaluate(
    async ([n, start]) => {
      const open = indexedDB.open('gate-checkpoint');
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const tx = db.transaction('passages', 'readwrite');
      const store = tx.objectStore('passages');
      for (let i = 0; i < n; i++)
        store.put({
          id: `p${String(i).padStart(6, '0')}`,
          at: start - i * 1000,
          gateId: 'east',
          deviceId: 'dev-1',
          direction: i % 2 ? 'in' : 'out',
          codeHash: null,
          codeFormat: 'opaque',
          verdict: 'pass',
          reasons: [],
          personId: null,
          check: {
            temperaturesC: [36.5],
            mask: 'ok',
            colour: 'green',
            colourSource: 'attested',
            signature: null,
            validity: null,
            personKind: null,
            volunteer: '王芳',
            policyVersion: 1,
          },
        });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [count, at] as const,
  );
}

test('20,000 residents import from an .xlsx; 20,000 passages export to an .xlsx and CSV still works after', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sheet = [
    ['楼栋', '单元', '房号', '姓名', '手机', '状态'],
    ...Array.from({ length: ROWS }, (_, i) => [
      String(1 + (i % 40)),
      String(1 + (i % 4)),
      String(101 + Math.floor(i / 160)),
      `住户${i}`,
      `139${String(i).padStart(8, '0')}`,
      i % 50 === 0 ? '居家隔离' : '正常',
    ]),
  ].map((row) => row.map((value) => ({ value })));
  const xlsx = await writeXlsxFile(sheet).toBuffer();
  const reg = new RegistryPage(page);
  await reg.openConsole();
  expect(await reg.importFile('全体住户.xlsx', XLSX, xlsx)).toBe(ROWS);
  expect(await countIn(page, 'people')).toBe(ROWS);
  await seedPassages(page, ROWS, Date.UTC(2026, 10, 23, 1));
  await page.getByTestId('tab-logs').click();
  const { bytes } = await reg.download('export-logs-xlsx');
  const [passages] = await readXlsxFile(bytes);
  expect(passages?.data.length).toBe(ROWS + 1);
  expect(JSON.stringify(passages?.data[1])).toContain('王芳');
  // The CSV export is not blocked by the .xlsx one.
  const csv = await reg.download('export-logs');
  expect(csv.bytes.toString('utf-8').trim().split('\n').length).toBe(ROWS + 1);
});

test('a zip bomb and an old .xls are refused at once with words, and nothing is imported', async ({
  page,
}) => {
  const reg = new RegistryPage(page);
  await reg.openConsole();
  // 200 MB of XML in well under a megabyte of zip: must be refused, not inflated.
  const xml = new Uint8Array(200 * 1024 * 1024).fill(0x20);
  const bomb = Buffer.from(
    zipSync({ '[Content_Types].xml': new Uint8Array(1), 'xl/worksheets/sheet1.xml': xml }, { level: 9 }),
  );
  expect(bomb.length).toBeLessThan(1024 * 1024);
  const started = Date.now();
  await reg.chooseFile('bomb.xlsx', XLSX, bomb);
  await expect(page.getByTestId('import-unreadable')).toContainText('过大');
  expect(Date.now() - started).toBeLessThan(10_000);

  const ole2 = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(4096, 0),
  ]);
  await reg.chooseFile('住户.xls', 'application/vnd.ms-excel', ole2);
  await expect(page.getByTestId('import-unreadable')).toContainText('请另存为 .xlsx');
  expect(await reg.readTable('people')).toEqual([]);
});
