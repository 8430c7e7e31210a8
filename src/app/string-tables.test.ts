/**
 * Every folder's string table joins its own words with the shared ones (defineStrings), and a
 * word defined twice throws when the module loads: on a screen that is a lazy chunk that never
 * loads ("页面加载失败"). Loading each table here finds it before a browser does.
 */
import { expect, it } from 'vitest';

const tables = import.meta.glob('../**/strings.ts');

it('every string table loads (no word defined twice with the shared ones)', async () => {
  const names = Object.keys(tables);
  expect(names.length).toBeGreaterThanOrEqual(10);
  for (const name of names) {
    const load = tables[name];
    if (!load) continue;
    await expect(load(), name).resolves.toBeTruthy();
  }
});
