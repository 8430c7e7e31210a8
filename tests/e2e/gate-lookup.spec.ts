/**
 * A person without a phone found by hand: the volunteer must be able to tell two people of one
 * household apart (name shape, phone tail) and see who is under home measures, in words.
 */
import { expect, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';
import { putRecords } from './pages/idb.ts';

const person = (
  id: string,
  name: string,
  room: string,
  status: string,
  phone: string | null,
  unit = '2',
) => ({
  id,
  kind: 'resident',
  name,
  phone,
  building: '1',
  unit,
  room,
  status,
  registeredUntil: null,
  updatedAt: 0,
});

const HOUSEHOLD = [
  person('R-qm', '钱明', '901', 'normal', '13800001111'),
  person('R-qh', '钱红', '901', 'home-monitoring', '13900002222'),
  // Same surname and last character as 钱明: the shape alone collides, the phone tail tells them apart.
  person('R-qxm', '钱小明', '901', 'normal', '13700003333'),
  person('R-qdm', '钱大明', '901', 'normal', '13600004444'),
];

test('two residents of one room are told apart, and a home-monitoring one says so in words', async ({
  page,
}) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await putRecords(page, {
    people: [...HOUSEHOLD, person('R-other', '孙丽', '902', 'normal', null, '3')],
  });

  const results = await gate.lookup({ building: '1', unit: '2', room: '901' });
  await expect(results).toHaveCount(4);
  const labels = await results.allTextContents();
  expect(new Set(labels).size).toBe(4);
  await expect(results.filter({ hasText: '钱*明' }).filter({ hasText: '尾号' })).toHaveCount(3);
  const monitored = results.filter({ hasText: '钱*红' });
  await expect(monitored).toContainText('居家健康监测');
  await expect(monitored).toHaveAttribute('data-status', 'home-monitoring');
  await expect(results.filter({ hasText: '钱*明' }).first()).toHaveAttribute('data-status', 'normal');
  // The full given name is never shown.
  for (const label of labels) expect(label).not.toMatch(/钱明|钱红|钱小明|钱大明/);

  // The monitored resident going out: the check is for her, and the verdict says why.
  await page.getByTestId('direction-out').click();
  await monitored.click();
  await gate.completeCheck();
  await gate.expectVerdict('deny', ['quarantine-exit']);
});

test('building and room without the unit find the room', async ({ page }) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await putRecords(page, {
    people: [...HOUSEHOLD, person('R-other', '孙丽', '902', 'normal', null, '3')],
  });
  await expect(await gate.lookup({ building: '1', room: '901' })).toHaveCount(4);
  await expect(await gate.lookup({ building: '1', room: '902' })).toHaveCount(1);
  // Typed in one field as people say it: 1-901, 1 901, 1-2-901.
  await expect(await gate.lookup({ building: '1-901' })).toHaveCount(4);
  await expect(await gate.lookup({ building: '1 902' })).toHaveCount(1);
  await expect(await gate.lookup({ building: '1-2-901' })).toHaveCount(4);
  await gate.lookup({ building: '1', room: '903' });
  await expect(page.getByTestId('lookup-none')).toBeVisible();
});
