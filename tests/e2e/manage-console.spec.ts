import { expect, test } from '@playwright/test';
import { ManagePage } from './pages/manage-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PIN = '246810';

interface StoredPassage {
  id: string;
  personId: string | null;
  codeHash: string | null;
  verdict: string;
  check?: { volunteer: string };
}

function passage(id: string, at: number, over: Record<string, unknown>) {
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
    personId: null,
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
    ...over,
  };
}

const PEOPLE = [
  {
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
    plate: '沪A12345',
  },
  {
    id: 'p2',
    kind: 'resident',
    name: '李四',
    phone: '13900001111',
    building: '2',
    unit: '1',
    room: '202',
    status: 'normal',
    registeredUntil: null,
    updatedAt: NOW,
  },
];

const SEED = {
  people: PEOPLE,
  passages: [
    passage('01SEED0001', NOW - HOUR, { personId: 'p1' }),
    passage('01SEED0002', NOW - 2 * HOUR, {
      personId: 'p2',
      verdict: 'deny',
      reasons: ['fever'],
      check: { ...passage('x', 0, {}).check, temperaturesC: [38.2, 38.4], volunteer: '=1+2' },
    }),
    passage('01SEED0003', NOW - 3 * HOUR, {
      gateId: 'west',
      verdict: 'review',
      reasons: ['unregistered'],
      codeFormat: 'opaque',
    }),
    passage('01SEED0004', NOW - 40 * DAY, { personId: 'p1' }),
    passage('01SEED0005', NOW - 27.5 * DAY, { personId: 'p2' }),
  ],
  flags: [
    {
      id: '01SEEDF001',
      at: NOW - 2 * HOUR,
      kind: 'fever',
      passageId: '01SEED0002',
      gateId: 'east',
      status: 'open',
      resolution: null,
      note: null,
      openedBy: '王芳',
      resolvedBy: null,
      resolvedAt: null,
    },
  ],
};

test.describe('the manager console', () => {
  test('first PIN, lock, five wrong PINs lock out (kept over a reload), then unlock after the delay', async ({
    page,
  }) => {
    await page.clock.install({ time: NOW });
    const console = new ManagePage(page);
    await console.open();
    await console.setPin(PIN, '陈经理');
    // The purge the console starts on opening comes before the lock in the audit log below.
    await console.waitForOpeningPurge();
    await console.lock();
    // Locked: nothing of the console renders.
    await expect(page.getByTestId('tab-logs')).toHaveCount(0);
    for (let i = 0; i < 4; i++) {
      await console.tryPin('111111');
      await expect(page.getByTestId('pin-wrong')).toContainText(String(4 - i));
    }
    await console.tryPin('111111');
    await expect(console.lockout).toBeVisible();
    await expect(page.getByTestId('pin-submit')).toBeDisabled();
    await page.reload();
    await expect(console.lockout).toBeVisible();
    await page.clock.fastForward(31_000);
    await expect(console.lockout).toHaveCount(0);
    await console.unlock(PIN);
    await console.tab('audit');
    // The audit tab reads its page after it opens: wait for the rows rather than read them at once.
    await expect
      .poll(() =>
        page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))),
      )
      .toEqual([
        'unlock',
        'pin-lockout',
        'pin-fail',
        'pin-fail',
        'pin-fail',
        'pin-fail',
        'pin-fail',
        'lock',
        'purge',
        'pin-set',
      ]);
  });

  test('the console locks itself after the idle minutes', async ({ page }) => {
    await page.clock.install({ time: NOW });
    const console = new ManagePage(page);
    await console.open();
    await console.setPin(PIN, '陈经理');
    await console.waitForOpeningPurge();
    await page.clock.fastForward('04:00');
    await expect(page.getByTestId('tab-logs')).toBeVisible();
    await page.clock.fastForward('01:30');
    await expect(console.pinGate).toHaveAttribute('data-mode', 'unlock');
    await expect(page.getByTestId('tab-logs')).toHaveCount(0);
    await console.unlock(PIN);
    await console.tab('audit');
    await expect(page.getByTestId('audit-row').first()).toHaveAttribute('data-action', 'unlock');
    await expect(page.getByTestId('audit-row').nth(1)).toHaveAttribute('data-action', 'auto-lock');
  });

  test('logs filter by verdict and search, a detail shows every check, CSV export and flag resolution', async ({
    page,
  }) => {
    await page.clock.install({ time: NOW });
    const console = new ManagePage(page);
    await console.open();
    await console.setPin(PIN, '陈经理');
    // The purge the console starts on opening writes its audit entry before the actions below.
    await console.waitForOpeningPurge();
    await console.seed(SEED);
    await console.tab('audit');
    await console.tab('logs');
    await expect(console.rows).toHaveCount(5);
    // Masked on screen: 张*丰 and 138****1234, never the whole name.
    await expect(console.rows.first()).toContainText('张*丰');
    await expect(console.rows.first()).toContainText('138****1234');
    await expect(page.getByText('张三丰')).toHaveCount(0);

    await console.filter({ verdict: 'deny' });
    await expect(console.rows).toHaveCount(1);
    await expect(console.rows.first()).toHaveAttribute('data-id', '01SEED0002');
    await console.filter({ search: '沪A123' });
    await expect(console.rows).toHaveCount(2);
    await console.filter({ search: '1111' });
    await expect(console.rows).toHaveCount(2);
    await console.filter({ verdict: 'deny', search: '李' });
    await expect(console.rows).toHaveCount(1);
    await console.rows.first().click();
    await expect(console.detail).toContainText('38.2 °C → 38.4 °C');
    await expect(console.detail).toContainText('=1+2');
    await expect(page.getByTestId('detail-reasons').locator('[data-reason="fever"]')).toBeVisible();

    await console.filter({ verdict: 'deny' });
    const csv = await console.download('export-logs');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^时间,出入口,方向,结果,原因,姓名,手机号,车牌/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('李*');
    expect(lines[1]).toContain('139****1111');
    expect(lines[1]).toContain(",'=1+2,");
    expect(text).not.toContain('李四');

    await console.tab('flags');
    await expect(page.getByTestId('console-flag')).toHaveCount(1);
    await page.getByTestId('flag-open-resolve').click();
    await page.getByTestId('flag-note').fill('已送医');
    await page.getByTestId('console-resolve-referred-committee').click();
    await expect(page.getByTestId('console-flag')).toHaveCount(0);
    await page.getByTestId('flag-status').selectOption('resolved');
    await expect(page.getByTestId('flag-trail')).toContainText('陈经理');
    await expect(page.getByTestId('flag-trail')).toContainText('已送医');
    const flagsCsv = (await console.download('export-flags')).toString('utf8');
    expect(flagsCsv).toContain('已上报居委会');

    await console.tab('audit');
    await expect
      .poll(async () =>
        (
          await page
            .getByTestId('audit-row')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))
        ).slice(0, 3),
      )
      .toEqual(['export', 'flag-resolve', 'export']);
  });

  test('retention anonymises passages past 28 days on console open and daily, keeping the counts', async ({
    page,
  }) => {
    await page.clock.install({ time: NOW });
    const console = new ManagePage(page);
    await console.open();
    await console.setPin(PIN, '陈经理');
    await console.waitForOpeningPurge();
    await console.tab('settings');
    // The purge that runs when the console opens has finished (next run: a day later)...
    await expect(page.getByTestId('next-purge')).toContainText('2026/11/24');
    // ...so the old record seeded now is left to the button.
    await console.seed(SEED);
    await page.getByTestId('purge-now').click();
    await expect(page.getByTestId('purged')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('next-purge')).toContainText('2026/11/24');
    let stored = await console.readTable<StoredPassage>('passages');
    const old = stored.find((p) => p.id === '01SEED0004');
    expect(old).toMatchObject({
      personId: null,
      codeHash: null,
      verdict: 'pass',
      check: { volunteer: '王芳' },
    });
    expect(stored.find((p) => p.id === '01SEED0005')?.personId).toBe('p2');

    // A day later the console runs the purge itself when it opens: the 27.5-day passage is now past.
    await console.lock();
    await page.clock.setSystemTime(NOW + DAY + HOUR);
    await console.unlock(PIN);
    await expect
      .poll(
        async () =>
          (await console.readTable<StoredPassage>('passages')).find((p) => p.id === '01SEED0005')?.personId,
      )
      .toBeNull();
    stored = await console.readTable<StoredPassage>('passages');
    expect(stored).toHaveLength(5);
    expect(
      stored
        .filter((p) => p.personId !== null)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['01SEED0001', '01SEED0002']);
    await console.tab('audit');
    await expect(page.getByTestId('audit-row').and(page.locator('[data-action="purge"]'))).toHaveCount(3);
  });
});
