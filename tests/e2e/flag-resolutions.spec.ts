import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);

interface StoredFlag {
  kind: string;
  status: string;
  resolution: string | null;
}

test('each flag offers the resolutions that fit it: no mask advice for a fever, mask advice for no mask', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=hot');
  await gate.completeCheck({ temperature: '38.2' });
  await gate.typeTemperature('38.4');
  await gate.expectVerdict('deny');
  await gate.next();
  await gate.scanWithScanner('https://jkm.example.gov.cn/code?u=bare');
  await gate.completeCheck({ mask: 'none' });
  await gate.expectVerdict('deny');
  await gate.next();

  const fever = await gate.openFlag('fever');
  const forFever = await gate.resolutionsOffered(fever);
  expect(forFever).not.toContain('mask-fixed');
  expect(forFever).toContain('remeasured-normal');
  const noMask = await gate.openFlag('mask-none');
  const forNoMask = await gate.resolutionsOffered(noMask);
  expect(forNoMask).toContain('mask-fixed');
  expect(forNoMask).not.toContain('remeasured-normal');

  await fever.getByTestId('resolve-remeasured-normal').click();
  await expect(page.locator('[data-testid="flag"][data-kind="fever"]')).toHaveCount(0);
  const flags = await gate.readTable<StoredFlag>('flags');
  expect(flags.find((f) => f.kind === 'fever')).toMatchObject({
    status: 'resolved',
    resolution: 'remeasured-normal',
  });
});
