import { expect, type Page, test } from '@playwright/test';
import { ManagePage } from './pages/manage-page.ts';

// 2026-11-23 09:00 in China; the report's day is the browser's own day, so seeds sit minutes before.
const NOW = Date.UTC(2026, 10, 23, 9);
const MIN = 60_000;
const PIN = '246810';

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
    who: null,
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

function flag(id: string, at: number, kind: string, passageId: string) {
  return {
    id,
    at,
    kind,
    passageId,
    gateId: 'east',
    status: 'open',
    resolution: null,
    note: null,
    openedBy: '王芳',
    resolvedBy: null,
    resolvedAt: null,
  };
}

const FEVER = passage('01WORD0001', NOW - 30 * MIN, {
  verdict: 'deny',
  reasons: ['fever'],
  who: { name: '李*', place: '2-1-202' },
  check: { ...passage('x', 0, {}).check, temperaturesC: [38.2, 38.4] },
});
const COURIER = passage('01WORD0002', NOW - 20 * MIN, {
  verdict: 'review',
  reasons: ['unregistered'],
  codeFormat: 'opaque',
  who: { name: '王*明', place: '顺丰速运' },
  verification: { signature: 'unsigned', validity: 'unknown', errors: [] },
  check: {
    ...passage('x', 0, {}).check,
    colour: 'green',
    colourSource: 'attested',
    signature: 'not-checked',
    validity: 'unknown',
    personKind: 'courier',
  },
});
const RETURNEE = {
  id: '01WORDL001',
  at: NOW - 10 * MIN,
  personId: 'decl-1',
  name: '刘二',
  phone: '13711112222',
  from: '440305',
  arrivedOn: '2026-11-22',
  transport: '火车',
  home: { building: '9', unit: '1', room: '102' },
  itinerary: [],
  status: 'pending',
  flagId: '01WORDF003',
  updatedAt: NOW - 10 * MIN,
};
const ESTATE_KEY = {
  key: 'estateKey',
  value: {
    estateId: 'sunny-garden',
    name: '阳光花园',
    kid: 'kid-1',
    publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' },
    createdAt: NOW - 86_400_000,
  },
};

async function openSeeded(page: Page): Promise<ManagePage> {
  await page.clock.install({ time: NOW });
  const manage = new ManagePage(page);
  await manage.open();
  await manage.setPin(PIN, '陈经理');
  await manage.waitForOpeningPurge();
  await manage.seed({
    passages: [FEVER, COURIER],
    flags: [
      flag('01WORDF001', FEVER.at, 'fever', FEVER.id),
      flag('01WORDF002', COURIER.at, 'unregistered', COURIER.id),
      flag('01WORDF003', RETURNEE.at, 'returnee-report', ''),
    ],
  });
  await page.evaluate(
    async ([ledger, setting]) => {
      const open = indexedDB.open('gate-checkpoint');
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const tx = db.transaction(['ledger', 'settings'], 'readwrite');
      tx.objectStore('ledger').put(ledger);
      tx.objectStore('settings').put(setting);
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    },
    [RETURNEE, ESTATE_KEY] as const,
  );
  return manage;
}

// Colours of every painted box: a dark one is a block of toner on the printed page.
function darkBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dark: string[] = [];
    for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.display === 'none' || style.visibility === 'hidden')
        continue;
      const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(style.backgroundColor);
      if (!m) continue;
      const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const alpha = m[4] === undefined ? 1 : Number(m[4]);
      const light = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      if (alpha > 0.1 && light < 0.85)
        dark.push(`${el.tagName}.${el.className} ${style.backgroundColor} ${box.width}x${box.height}`);
    }
    return dark;
  });
}

test.describe('the console in words', () => {
  test('flags and the daily report say who and what; the printed report names the estate, has signature lines and no dark block', async ({
    page,
  }) => {
    const manage = await openSeeded(page);
    await manage.tab('flags');
    const fever = page.locator('[data-testid="console-flag"][data-kind="fever"]');
    await expect(fever).toContainText('李*');
    await expect(fever).toContainText('2-1-202');
    await expect(fever).toContainText('38.2 → 38.4 °C');
    const courier = page.locator('[data-testid="console-flag"][data-kind="unregistered"]');
    await expect(courier).toContainText('王*明');
    await expect(courier).toContainText('顺丰速运');
    const returnee = page.locator('[data-testid="console-flag"][data-kind="returnee-report"]');
    await expect(returnee).toContainText('刘*');
    await expect(returnee).toContainText('9-1-102');

    await page.getByTestId('tab-report').click();
    const report = page.getByTestId('daily-report');
    await expect(report.getByTestId('report-estate')).toHaveText('阳光花园');
    await expect(page.getByTestId('report-fevers')).toContainText('李*');
    await expect(page.getByTestId('report-fevers')).toContainText('2-1-202');
    const flags = page.getByTestId('report-flags');
    await expect(flags.locator('[data-kind="fever"]')).toContainText('李*');
    await expect(flags.locator('[data-kind="fever"]')).toContainText('38.2 → 38.4 °C');
    await expect(flags.locator('[data-kind="unregistered"]')).toContainText('顺丰速运');
    const signatures = page.getByTestId('report-signatures');
    await expect(signatures).toContainText('签字');
    await expect(signatures).toContainText('日期');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('report-print')).toBeHidden();
    await expect(signatures).toBeVisible();
    expect(await darkBoxes(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`codes read as words in the passage detail, the audit trail and the flag export (${lang})`, async ({
      page,
    }) => {
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('lang', 'en'));
      const manage = await openSeeded(page);
      // Something for the trail: a filtered export (its filter) and a returnee's report flag resolved.
      await manage.filter({ verdict: 'review' });
      await expect(manage.rows).toHaveCount(1);
      await manage.download('export-logs');
      await manage.rows.first().click();
      const detail = manage.detail;
      await expect(detail).toContainText(lang === 'zh' ? '无法离线验证' : 'Cannot be verified offline');
      await expect(detail).toContainText(lang === 'zh' ? '其他二维码' : 'Other QR code');
      await expect(detail).toContainText(lang === 'zh' ? '快递' : 'Courier');
      // 'unknown' is an English word too ("Validity unknown"): only the zh-CN screen must not show it.
      const codes = ['not-checked', 'unsigned', 'opaque', 'courier', ...(lang === 'zh' ? ['unknown'] : [])];
      for (const code of codes) await expect(detail).not.toContainText(code);

      await manage.tab('flags');
      await page
        .locator('[data-testid="console-flag"][data-kind="returnee-report"]')
        .getByTestId('flag-open-resolve')
        .click();
      await page.getByTestId('console-resolve-referred-committee').click();
      await expect(page.locator('[data-testid="console-flag"][data-kind="returnee-report"]')).toHaveCount(0);
      const flagsCsv = (await manage.download('export-flags')).toString('utf8');
      const header = flagsCsv.split('\r\n')[0] ?? '';
      expect(header).not.toMatch(/passage|,id\b/);
      expect(header).toContain(lang === 'zh' ? '通行记录编号' : 'Passage record');

      await manage.tab('audit');
      const rows = page.getByTestId('audit-row');
      await expect(rows.first()).toHaveAttribute('data-action', 'export');
      const texts = await rows.allInnerTexts();
      const all = texts.join('\n');
      expect(all).not.toMatch(/[{}]|"\w+":/);
      expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(all).not.toMatch(/returnee-report|referred-committee|passages=|\bverdict\b/);
      expect(all).toContain(lang === 'zh' ? '复核' : 'Review');
      expect(all).toContain(lang === 'zh' ? '已上报居委会' : 'Referred to committee');
    });
  }

  test('at 1366x768 the log shows at least 12 rows under its column headers', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const manage = await openSeeded(page);
    await manage.seed({
      passages: Array.from({ length: 30 }, (_, i) =>
        passage(`01ROWS${String(i).padStart(4, '0')}`, NOW - (40 + i) * MIN, {}),
      ),
    });
    await manage.tab('audit');
    await manage.tab('logs');
    await expect(manage.rows.first()).toBeVisible();
    const inView = async (top: number, bottom: number) => top >= 0 && bottom <= 768;
    const header = page.getByTestId('log-head');
    await expect(header).toBeVisible();
    await expect(header).toContainText('时间');
    await expect(header).toContainText('结果');
    const hb = await header.boundingBox();
    expect(hb && (await inView(hb.y, hb.y + hb.height))).toBe(true);
    const boxes = await manage.rows.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    );
    const listBox = await page.getByTestId('vlist').boundingBox();
    const listBottom = listBox ? listBox.y + listBox.height : 0;
    const shown = boxes.filter((b) => b.top >= 0 && b.bottom <= Math.min(768, listBottom));
    expect(shown.length).toBeGreaterThanOrEqual(12);
  });
});
