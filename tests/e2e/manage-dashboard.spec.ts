import { expect, test } from '@playwright/test';
import { RegistryPage } from './pages/registry-page.ts';

test.use({ timezoneId: 'Asia/Shanghai' });

// 2026-11-23 10:30 in Shanghai: the dashboard's "today" starts at 00:00 there (16:00 UTC the day before).
const NOW = Date.UTC(2026, 10, 23, 2, 30);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, 23 + day, hour - 8, minute);

let seq = 0;
function passage(gateId: string, when: number, verdict = 'pass', reasons: string[] = []) {
  seq++;
  return {
    id: `01DASH${String(seq).padStart(4, '0')}`,
    at: when,
    gateId,
    deviceId: 'dev-1',
    direction: 'in',
    codeHash: null,
    codeFormat: null,
    verdict,
    reasons,
    personId: null,
  };
}

function flag(id: string, kind: string, when: number, status: 'open' | 'resolved') {
  return {
    id,
    at: when,
    kind,
    passageId: '',
    gateId: 'east',
    status,
    resolution: null,
    note: null,
    openedBy: '王芳',
    resolvedBy: null,
    resolvedAt: null,
  };
}

function courier(id: string, until: number) {
  return {
    id,
    kind: 'courier',
    name: '快递员',
    phone: '13500000000',
    building: null,
    unit: null,
    room: null,
    status: 'normal',
    registeredUntil: until,
    updatedAt: NOW,
  };
}

// Building 1: one household of each colour (4 of 5 people fully vaccinated: 80 %, red board);
// building 2: 9 of 10 (90 %, yellow); building 3: 20 of 20 (100 %, green).
const RESIDENTS = [
  '楼栋,单元,房号,姓名,状态,开始日期,结束日期,接种剂次,全程剂次',
  '1,1,101,甲,集中隔离,2026-11-20,,2,2',
  '1,1,102,乙,居家隔离,,,2,2',
  '1,1,103,丙,居家健康监测,2026-11-22,2026-11-29,2,2',
  '1,2,101,丁,正常,,,1,2',
  '1,2,102,戊,居家隔离,2026-11-01,2026-11-14,2,2',
  ...Array.from({ length: 10 }, (_, i) => `2,1,${201 + i},住户${i},正常,,,${i === 0 ? 1 : 3},3`),
  ...Array.from({ length: 20 }, (_, i) => `3,1,${301 + (i % 5)},居民${i},正常,,,2,2`),
].join('\n');

test('dashboard numbers, the four-colour map and the three-colour board match the seeded data', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const reg = new RegistryPage(page);
  await reg.openConsole();
  expect(await reg.importFile('住户.csv', 'text/csv', Buffer.from(RESIDENTS, 'utf-8'))).toBe(35);
  await reg.seedLog({
    passages: [
      passage('east', at(0, 8, 10)),
      passage('east', at(0, 8, 20)),
      passage('east', at(0, 8, 59)),
      passage('west', at(0, 9, 15), 'review', ['fever']),
      passage('west', at(0, 9, 45), 'deny', ['unregistered']),
      ...Array.from({ length: 4 }, (_, i) => passage('east', at(-1, 8, i))),
      passage('east', at(-8, 8)),
      passage('north', at(1, 8)),
    ],
    flags: [
      flag('F1', 'fever', at(0, 9, 15), 'open'),
      flag('F2', 'unregistered', at(0, 9, 45), 'resolved'),
      flag('F3', 'mask-none', at(-3, 12), 'open'),
    ],
    people: [courier('c1', NOW + DAY), courier('c2', NOW - HOUR)],
  });

  await reg.dashboard('today');
  const dash = page.getByTestId('dashboard');
  expect(await reg.count(dash.getByTestId('stat-total'))).toBe(5);
  expect(await reg.count(dash.getByTestId('stat-fever'))).toBe(1);
  expect(await reg.count(dash.getByTestId('stat-unregistered'))).toBe(1);
  expect(await reg.count(dash.getByTestId('stat-couriers'))).toBe(1);
  await expect(page.locator('[data-testid="hour-bar"][data-gate="east"][data-hour="8"]')).toHaveAttribute(
    'data-count',
    '3',
  );
  await expect(page.locator('[data-testid="hour-bar"][data-gate="west"][data-hour="9"]')).toHaveAttribute(
    'data-count',
    '2',
  );
  await expect(page.getByTestId('hour-bar')).toHaveCount(2);
  await expect(page.getByTestId('hour-chart')).toContainText('8时');
  const verdicts = page.getByTestId('verdict-split');
  await expect(verdicts.locator('[data-key="pass"]')).toHaveAttribute('data-count', '3');
  await expect(verdicts.locator('[data-key="review"]')).toHaveAttribute('data-count', '1');
  await expect(verdicts.locator('[data-key="deny"]')).toHaveAttribute('data-count', '1');
  const flags = page.getByTestId('flag-kinds');
  await expect(flags.locator('li')).toHaveCount(2);
  await expect(flags.locator('[data-key="fever"]')).toContainText('体温异常');

  const colours = await page
    .getByTestId('map-cell')
    .evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.dataset.household, c.dataset.colour])));
  expect(colours).toMatchObject({
    '1-1-101': 'red',
    '1-1-102': 'brown',
    '1-1-103': 'yellow',
    '1-2-101': 'blue',
    '1-2-102': 'none',
    '2-1-201': 'blue',
    '2-1-202': 'none',
    '3-1-301': 'none',
  });
  await expect(page.locator('[data-household="1-1-101"]')).toContainText('集');
  const legend = page.getByTestId('map-legend');
  await expect(legend.and(page.locator('[data-colour="red"]'))).toHaveAttribute('data-count', '1');
  await expect(legend.and(page.locator('[data-colour="blue"]'))).toHaveAttribute('data-count', '2');
  await expect(legend.and(page.locator('[data-colour="none"]'))).toHaveAttribute('data-count', '15');

  const board = page.getByTestId('board-card');
  await expect(board.and(page.locator('[data-building="1"]'))).toHaveAttribute('data-colour', 'red');
  await expect(board.and(page.locator('[data-building="1"]'))).toContainText('80.0%');
  await expect(board.and(page.locator('[data-building="2"]'))).toHaveAttribute('data-colour', 'yellow');
  await expect(board.and(page.locator('[data-building="3"]'))).toContainText('100.0%');
  await expect(board.and(page.locator('[data-building="3"]'))).toHaveAttribute('data-colour', 'green');

  await reg.dashboard('week');
  expect(await reg.count(dash.getByTestId('stat-total'))).toBe(9);
  await expect(page.locator('[data-testid="hour-bar"][data-gate="east"][data-hour="8"]')).toHaveAttribute(
    'data-count',
    '7',
  );
  await expect(flags.locator('[data-key="mask-none"]')).toHaveAttribute('data-count', '1');
});

test('switching to the week never shows today’s figures as the week’s', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const reg = new RegistryPage(page);
  await reg.openConsole();
  await reg.seedLog({ passages: [passage('east', at(0, 8)), passage('east', at(-1, 8))] });
  await reg.dashboard('today');
  const dash = page.getByTestId('dashboard');
  expect(await reg.count(dash.getByTestId('stat-total'))).toBe(1);
  // Tap the week and read the dashboard at the very render that selects it, before any frame
  // or read can pass: it must say it is still loading, not show today's number as ready.
  const first = await page.evaluate(
    () =>
      new Promise<{ ready: string | null; total: string | null }>((resolve) => {
        const panel = document.querySelector('[data-testid="dashboard"]');
        const week = document.querySelector<HTMLElement>('[data-testid="period-week"]');
        if (!panel || !week) throw new Error('no dashboard');
        new MutationObserver((_, observer) => {
          if (week.getAttribute('aria-selected') !== 'true') return;
          observer.disconnect();
          const total = panel.querySelector('[data-testid="stat-total"]');
          resolve({
            ready: panel.getAttribute('data-ready'),
            total: total?.getAttribute('data-count') ?? null,
          });
        }).observe(panel, { attributes: true, childList: true, subtree: true });
        week.click();
      }),
  );
  expect(first).toEqual({ ready: 'false', total: null });
  await expect(dash).toHaveAttribute('data-ready', 'true');
  expect(await reg.count(dash.getByTestId('stat-total'))).toBe(2);
});

test('a large estate’s map opens folded to each building’s counts; a building shows its rooms on a tap', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const reg = new RegistryPage(page);
  await reg.openConsole();
  // 5 buildings x 2 units x 125 rooms: 1,250 households, more than the map shows unfolded.
  const people = Array.from({ length: 1250 }, (_, i) => {
    const building = String(1 + Math.floor(i / 250));
    const unit = String(1 + Math.floor((i % 250) / 125));
    const room = String(1 + (i % 125));
    const red = building === '2' && unit === '1' && room === '1';
    return {
      id: `big-${i}`,
      kind: 'resident',
      name: `住户${i}`,
      phone: null,
      building,
      unit,
      room,
      status: red ? 'central-quarantine' : 'normal',
      registeredUntil: null,
      updatedAt: NOW,
    };
  });
  await reg.seedLog({ people });
  await reg.dashboard('today');
  const map = page.getByTestId('four-colour-map');
  await expect(map.locator('.map-building')).toHaveCount(5);
  await expect(page.getByTestId('map-cell')).toHaveCount(0);
  const two = map.locator('.map-building[data-building="2"]');
  await expect(two.locator('.building-counts [data-colour="red"]')).toHaveAttribute('data-count', '1');
  await expect(two.locator('.building-counts [data-colour="red"]')).toContainText('集中隔离');
  await expect(two.locator('.building-counts [data-colour="none"]')).toHaveAttribute('data-count', '249');
  await two.getByTestId('map-open').click();
  await expect(two.getByTestId('map-cell')).toHaveCount(250);
  await expect(page.getByTestId('map-cell')).toHaveCount(250);
  await expect(two.locator('[data-household="2-1-1"]')).toHaveAttribute('data-colour', 'red');
  await expect(map.locator('.map-building[data-building="1"]').getByTestId('map-open')).toBeVisible();
});
