import { expect, test } from '@playwright/test';
import { ManagePage } from './pages/manage-page.ts';

const NOW = Date.UTC(2026, 10, 23, 9);
const HOUR = 3_600_000;
const PIN = '246810';
const REASON = '区疾控密接追踪：11月22日东门阳性病例';

const PERSON = {
  id: 'p1',
  kind: 'resident',
  name: '张三丰',
  phone: '13812341234',
  building: '1',
  unit: '1',
  room: '101',
  status: 'normal',
  registeredUntil: null,
  updatedAt: NOW,
};

function passage(id: string, at: number) {
  return {
    id,
    at,
    gateId: 'east',
    deviceId: 'dev-1',
    direction: 'in',
    codeHash: `hash-${id}`,
    codeFormat: 'estate-pass',
    verdict: 'pass',
    reasons: [],
    personId: 'p1',
    who: { name: '张*丰', place: '1-1-101' },
    check: {
      temperaturesC: [36.5],
      mask: 'ok',
      colour: 'green',
      colourSource: 'verified',
      signature: 'valid',
      validity: 'valid',
      personKind: 'resident',
      volunteer: '王芳',
      policyVersion: 3,
    },
  };
}

test('contact tracing: a period exported with full names only behind the PIN and a typed reason, audited; masked stays the default', async ({
  page,
}) => {
  await page.clock.install({ time: NOW });
  const manage = new ManagePage(page);
  await manage.open();
  await manage.setPin(PIN, '陈经理');
  await manage.waitForOpeningPurge();
  await manage.seed({
    people: [PERSON],
    passages: [passage('01FULL0001', NOW - 2 * HOUR), passage('01FULL0002', NOW - 30 * HOUR)],
  });
  await manage.tab('audit');
  await manage.tab('logs');
  await expect(manage.rows).toHaveCount(2);

  // The ordinary export stays masked.
  const masked = (await manage.download('export-logs')).toString('utf8');
  expect(masked).toContain('张*丰');
  expect(masked).not.toContain('张三丰');

  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByTestId('export-full').click();
  const form = page.getByTestId('full-export');
  await expect(form).toBeVisible();
  await page.getByTestId('full-from').fill('2026-11-23');
  await page.getByTestId('full-to').fill('2026-11-23');
  // No reason, no PIN: nothing can be exported.
  await expect(page.getByTestId('full-submit')).toBeDisabled();
  await page.getByTestId('full-reason').fill(REASON);
  await expect(page.getByTestId('full-submit')).toBeDisabled();
  // A wrong PIN exports nothing and counts as a wrong PIN.
  await page.getByTestId('full-pin').fill('111111');
  await page.getByTestId('full-submit').click();
  await expect(page.getByTestId('full-pin-wrong')).toBeVisible();
  expect(downloads).toEqual([]);

  await page.getByTestId('full-pin').fill(PIN);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('full-submit').click()]);
  expect(file.suggestedFilename()).toMatch(/^passages-full-.*\.csv$/);
  const { readFile } = await import('node:fs/promises');
  const text = (await readFile(await file.path())).toString('utf8');
  const lines = text.split('\r\n').filter(Boolean);
  // The header and the one passage of the chosen day (the day before is outside the period).
  expect(lines).toHaveLength(2);
  expect(text).toContain('张三丰');
  expect(text).toContain('13812341234');
  expect(text).toContain('1-1-101');
  await expect(page.getByTestId('full-exported')).toContainText('1');

  await manage.tab('audit');
  const row = page.locator('[data-testid="audit-row"][data-action="export-full"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(REASON);
  await expect(row).toContainText('陈经理');
  const fails = page.locator('[data-testid="audit-row"][data-action="pin-fail"]');
  await expect(fails).toHaveCount(1);
});
