import { expect, type Page, test } from '@playwright/test';
import type { DeclarationFacts } from '../../src/codes/types.ts';
import { courierDeclaration } from './fixtures/declaration.ts';
import { GatePage } from './pages/gate-page.ts';
import { RegistryPage } from './pages/registry-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

const NOW = Date.UTC(2026, 10, 23, 2); // 10:00 in China
const DAY = 86_400_000;

/** The courier's declaration, with an itinerary through Shenzhen. */
const declaration = (over: Partial<DeclarationFacts>): string =>
  courierDeclaration(NOW, { itinerary: [{ region: '440305', date: '2026-11-20' }], ...over });

async function openGate(page: Page): Promise<GatePage> {
  await page.clock.install({ time: NOW });
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  return gate;
}

/** Imports a risk-area list as a manager does: in the console's rules tab, past the PIN. */
async function importRisk(page: Page, name: string, body: string): Promise<void> {
  await new SettingsPage(page).open();
  await page
    .getByTestId('risk-file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(body) });
}

test.describe('declarations at the gate', () => {
  test('a courier is confirmed against the ID card once; the next visit passes without retyping', async ({
    page,
  }) => {
    const gate = await openGate(page);
    const code = declaration({});
    await gate.scanWithScanner(code);
    const confirm = page.getByTestId('confirm-registration');
    await expect(confirm).toBeVisible();
    await expect(page.getByTestId('confirm-id-last4')).toHaveText('123X');
    await expect(confirm).toContainText('陈*华');
    await page.getByTestId('confirm-registration-ok').click();
    await expect(confirm).toHaveCount(0);
    await page.getByTestId('temp-36.5').click();
    await page.getByTestId('mask-ok').click();
    await gate.expectVerdict('pass', []);
    await gate.next();

    // Two days later, same declaration: no confirmation, straight to the checks.
    await page.clock.fastForward(2 * DAY);
    await gate.scanWithScanner(code);
    await expect(gate.checkPanel).toBeVisible();
    await expect(confirm).toHaveCount(0);
    await page.getByTestId('temp-36.6').click();
    await page.getByTestId('mask-ok').click();
    await gate.expectVerdict('pass', []);
  });

  test('a declaration that does not match the ID card is not registered', async ({ page }) => {
    const gate = await openGate(page);
    await gate.scanWithScanner(
      declaration({
        kind: 'visitor',
        company: null,
        plate: null,
        host: { building: '3', unit: '2', room: '1201' },
        purpose: '探亲',
      }),
    );
    await page.getByTestId('confirm-registration-no').click();
    await gate.completeCheck();
    await gate.expectVerdict('review', ['unregistered']);
  });

  test('a returnee from a listed risk area: risk-itinerary flag, ledger entry pending then reported', async ({
    page,
  }) => {
    const gate = await openGate(page);
    await importRisk(page, 'risk.csv', '地区,等级,开始,结束\n广东省深圳市南山区,高,2026-11-15,2026-11-30\n');
    await expect(page.getByTestId('risk-import-ok')).toBeVisible();
    await gate.open();
    await expect(page.getByTestId('risk-badge')).toBeVisible();

    await gate.scanWithScanner(
      declaration({
        kind: 'returnee',
        name: '赵小六',
        company: null,
        plate: null,
        host: { building: '5', unit: '1', room: '302' },
        returnee: { from: '440305', arrivedOn: '2026-11-22', transport: '火车', transportNo: 'G1023' },
      }),
    );
    // The train number is on the confirmation and goes into the committee's ledger.
    await expect(page.getByTestId('confirm-registration')).toContainText('火车 G1023');
    await page.getByTestId('confirm-registration-ok').click();
    await page.getByTestId('temp-36.5').click();
    await page.getByTestId('mask-ok').click();
    await expect(gate.verdict).toHaveAttribute('data-reasons', /risk-itinerary/);
    await expect(gate.verdict).toHaveAttribute('data-verdict', 'deny');
    await gate.next();
    const kinds = await gate.flags.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.sort()).toEqual(['returnee-report', 'risk-itinerary']);

    // The ledger is kept in the console: reporting the returnee resolves the gate's report flag.
    const registry = new RegistryPage(page);
    await registry.openConsole();
    await registry.view('ledger');
    const entry = page.getByTestId('ledger-row');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('火车 G1023');
    await expect(entry).toHaveAttribute('data-status', 'pending');
    await page.getByTestId('ledger-status').selectOption('reported');
    await expect(entry).toHaveAttribute('data-status', 'reported');
    await gate.open();
    await expect(gate.flags).toHaveCount(1);
    await expect(gate.flags.first()).toHaveAttribute('data-kind', 'risk-itinerary');
  });

  test('an empty or garbled risk-area file is refused with a clear message and changes nothing', async ({
    page,
  }) => {
    await openGate(page);
    await importRisk(page, 'risk.csv', 'region,level,from,to\n440305,high,2026-11-15,2026-11-30\n');
    await expect(page.getByTestId('risk-import-ok')).toBeVisible();
    await page
      .getByTestId('risk-file')
      .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await expect(page.getByTestId('risk-import-error')).toBeVisible();
    await page.getByTestId('risk-file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('region,level,from,to\n440305,extreme,yesterday,\n'),
    });
    await expect(page.getByTestId('risk-import-error')).toContainText('2');
    await expect(page.getByTestId('risk-list-date')).toContainText('· 1');
  });

  test('a declaration from a newer app version gets a clear message, not a crash', async ({ page }) => {
    const gate = await openGate(page);
    const newer = declaration({}).replace(/^GD1:/, 'GD2:');
    await gate.scanWithScanner(newer);
    await expect(page.getByTestId('scan-details')).toHaveAttribute('data-errors', /version/);
    await expect(page.getByTestId('scan-details')).toContainText('版本过新');
    await expect(page.getByTestId('confirm-registration')).toHaveCount(0);
  });
});
