/**
 * Two gates and the office PC of one estate on a real hub (started by the test, on PGlite and
 * once more on PostgreSQL from Debian's packages): a courier confirmed at the west gate passes at the east gate with no confirmation and no typing,
 * and a card the office revokes is denied at both gates, each learning it from the hub; the office
 * resolves a gate's flag through the hub and prints the daily report of both gates.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { violations } from './fixtures/axe.ts';
import { expect, test } from './fixtures/contexts.ts';
import { courierDeclaration } from './fixtures/declaration.ts';
import { makeEstate } from './fixtures/estate.ts';
import { setUpGate } from './fixtures/gate-setup.ts';
import { enrolOnDeviceScreen, TestHub } from './fixtures/hub.ts';
import type { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';
import { EstateKeyPanel } from './pages/print-page.ts';
import { RegistryPage } from './pages/registry-page.ts';

for (const database of ['pglite', 'postgres'] as const) {
  test.describe(`on ${database}`, () => {
    const hub = new TestHub(database);
    test.beforeAll(() => hub.start());
    test.afterAll(() => hub.stop());

    test('a courier confirmed at one gate passes at the other; a card revoked in the office is denied at both; the office sees and resolves the flags of both and reports on both', async ({
      newContext,
    }) => {
      test.setTimeout(360_000);
      const now = Date.now();
      await hub.createEstate('阳光花园');
      const estate = await makeEstate(now);

      /** A gate tablet of the estate: its key and residents, enrolled as `name`, a volunteer on duty. */
      const openGate = async (name: string): Promise<{ page: Page; gate: GatePage }> => {
        const page = await (
          await newContext({ baseURL: hub.base, viewport: { width: 1280, height: 800 } })
        ).newPage();
        await page.goto('/');
        const { gate } = await setUpGate(page, now, undefined, estate);
        await enrolOnDeviceScreen(page, await hub.enrolmentCode('gate', name));
        await expect(gate.ready).toHaveAttribute('data-gate', name);
        await expect(page.getByTestId('sync-status')).toHaveText(/✓\s*已同步/);
        return { page, gate };
      };
      const west = await openGate('西门');
      const east = await openGate('东门');

      // The courier's declaration, confirmed against the ID card at the west gate.
      const code = courierDeclaration(now);
      await west.gate.scanAtOnce(code);
      await west.page.getByTestId('confirm-registration-ok').click();
      await west.gate.completeCheck();
      await west.gate.expectVerdict('pass', []);
      await west.gate.next();

      // The east gate learns of it from the hub: the same code goes straight to the checks.
      await expect
        .poll(
          async () =>
            (await readTable<{ name: string }>(east.page, 'people')).some((p) => p.name === '陈建华'),
          {
            timeout: 10_000,
          },
        )
        .toBe(true);
      await east.gate.scanAtOnce(code);
      await expect(east.gate.checkPanel).toBeVisible();
      await expect(east.page.getByTestId('confirm-registration')).toHaveCount(0);
      await east.gate.completeCheck();
      await east.gate.expectVerdict('pass', []);
      await east.gate.next();
      // The registration reached the hub once, from the west gate.
      const registrations = (await hub.records()).filter((r) => r.kind === 'registration');
      expect(registrations.map((r) => r.body.name)).toEqual(['陈建华']);

      // The office PC, enrolled as an office device: the card C001 is lost and revoked there.
      const office = await (await newContext({ baseURL: hub.base })).newPage();
      await office.goto('/');
      await enrolOnDeviceScreen(office, await hub.enrolmentCode('office'));
      // The office PC sees every gate's passages through the hub, and filters by gate.
      await new RegistryPage(office).openConsole();
      await office.getByTestId('tab-logs').click();
      await expect(office.getByTestId('log-source-hub')).toBeChecked();
      await expect(office.getByTestId('hub-log-row')).toHaveCount(2);
      await expect(office.getByTestId('hub-log-gates')).toHaveAttribute('data-total', '2');
      expect(
        await office.getByTestId('hub-log-row').evaluateAll((rs) => rs.map((r) => r.dataset.gate).sort()),
      ).toEqual(['东门', '西门']);
      await office.getByTestId('hub-log-gate').selectOption('东门');
      await office.getByTestId('hub-log-apply').click();
      await expect(office.getByTestId('hub-log-row')).toHaveCount(1);
      await expect(office.getByTestId('hub-log-row')).toHaveAttribute('data-gate', '东门');
      await expect(office.getByTestId('hub-log-row')).toContainText('陈*华');
      expect(await violations(office)).toEqual([]);
      // The hub writes the export: the east gate's one passage, in the app's columns.
      const [download] = await Promise.all([
        office.waitForEvent('download'),
        office.getByTestId('hub-log-export').click(),
      ]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.trim().split(/\r?\n/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('东门');

      const panel = new EstateKeyPanel(office);
      await panel.open();
      await panel.revoke('C001');
      await expect
        .poll(async () => (await hub.records()).filter((r) => r.kind === 'revocation').map((r) => r.id))
        .toEqual(['C001']);

      // Both gates deny the card at its next scan, without a reload.
      for (const { page, gate } of [west, east]) {
        await expect
          .poll(async () => (await readTable<{ passId: string }>(page, 'revocations')).map((r) => r.passId), {
            timeout: 10_000,
          })
          .toEqual(['C001']);
        await gate.scanAtOnce(estate.zhang);
        await gate.completeCheck();
        await expect(gate.verdict).toHaveAttribute('data-verdict', 'deny');
        await expect(gate.verdict).toHaveAttribute('data-reasons', /pass-invalid/);
      }

      // The west gate sends the card's holder to register; the office sees both gates' flags
      // through the hub: the east one open, the west one resolved with how, and filters by gate.
      const westFlag = await west.gate.openFlag('pass-invalid');
      await westFlag.getByTestId('resolve-sent-to-register').click();
      await expect
        .poll(async () => (await hub.records()).filter((r) => r.kind === 'resolution').length, {
          timeout: 10_000,
        })
        .toBe(1);
      await office.getByTestId('tab-flags').click();
      await expect(office.getByTestId('flag-source-hub')).toBeChecked();
      const flagRows = office.getByTestId('hub-flag');
      await expect(flagRows).toHaveCount(1);
      await expect(flagRows).toHaveAttribute('data-gate', '东门');
      await expect(flagRows).toHaveAttribute('data-kind', 'pass-invalid');
      await office.getByTestId('hub-flag-state').selectOption('all');
      await expect(flagRows).toHaveCount(2);
      await expect(office.locator('[data-testid="hub-flag"][data-status="resolved"]')).toHaveAttribute(
        'data-gate',
        '西门',
      );
      await expect(office.getByTestId('hub-flag-trail')).toContainText('已引导登记');
      await office.getByTestId('hub-flag-gate').selectOption('西门');
      await expect(flagRows).toHaveCount(1);
      await expect(flagRows).toHaveAttribute('data-status', 'resolved');
      expect(await violations(office)).toEqual([]);

      // The office resolves the east gate's open flag from 全部门岗: a manager's decision, so only
      // in the unlocked console (locked, it asks for the PIN again). Offline, the decision waits
      // in the outbox and the row says so; online again, the pusher delivers it and the row shows
      // the hub's resolution, with the office manager's name.
      await office.getByTestId('lock').click();
      await expect(office.getByTestId('pin-gate')).toBeVisible();
      await expect(office.getByTestId('flag-open-resolve')).toHaveCount(0);
      await new RegistryPage(office).openConsole();
      await office.getByTestId('tab-flags').click();
      await expect(office.getByTestId('flag-source-hub')).toBeChecked();
      await office.getByTestId('hub-flag-state').selectOption('all');
      const eastFlag = office.locator('[data-testid="hub-flag"][data-gate="东门"]');
      await expect(eastFlag).toHaveAttribute('data-status', 'open');
      await office.context().setOffline(true);
      await eastFlag.getByTestId('flag-open-resolve').click();
      await eastFlag.getByTestId('flag-note').fill('电话核实，已劝返');
      expect(await violations(office)).toEqual([]);
      await eastFlag.getByTestId('console-resolve-denied-entry').click();
      await expect(eastFlag).toHaveAttribute('data-status', 'queued');
      await expect(eastFlag.getByTestId('hub-flag-queued')).toContainText('已处理，待上传');
      await expect(eastFlag.getByTestId('flag-open-resolve')).toHaveCount(0);
      expect(await violations(office)).toEqual([]);
      await office.context().setOffline(false);
      await expect(eastFlag).toHaveAttribute('data-status', 'resolved', { timeout: 15_000 });
      await expect(eastFlag.getByTestId('hub-flag-trail')).toContainText('王经理');
      await expect(eastFlag.getByTestId('hub-flag-trail')).toContainText('已劝返');
      await expect(eastFlag.getByTestId('hub-flag-other-first')).toHaveCount(0);
      // The hub's own list: the east flag resolved by the office's record, in the audit trail here.
      const listed = (await hub.signed('GET', '/api/flags?state=all')).flags as {
        body: { gateId: string };
        resolved: boolean;
        resolution: { resolvedBy: string; resolution: string; note: string } | null;
      }[];
      expect(listed.find((f) => f.body.gateId === '东门')).toMatchObject({
        resolved: true,
        resolution: { resolvedBy: '王经理', resolution: 'denied-entry', note: '电话核实，已劝返' },
      });
      const trail = await readTable<{ action: string; who: string }>(office, 'audit');
      expect(trail.filter((e) => e.action === 'flag-resolve').map((e) => e.who)).toEqual(['王经理']);
      // The east tablet pulls the office's resolution: its flag is closed there too, as the office
      // resolved it, without a reload.
      await expect
        .poll(
          async () =>
            (await readTable<{ kind: string; status: string; resolvedBy: string | null }>(east.page, 'flags'))
              .filter((f) => f.kind === 'pass-invalid')
              .map((f) => `${f.status} ${f.resolvedBy}`),
          { timeout: 10_000 },
        )
        .toEqual(['resolved 王经理']);

      // The day's counts of both gates, from the hub: the courier passed at each, the card was
      // denied at each; one gate chosen shows its own.
      await office.getByTestId('tab-dashboard').click();
      await expect(office.getByTestId('dash-source-hub')).toBeChecked();
      await expect(office.getByTestId('hub-dash-total')).toHaveAttribute('data-total', '4');
      await expect(office.getByTestId('hub-dash-pass')).toHaveAttribute('data-n', '2');
      await expect(office.getByTestId('hub-dash-deny')).toHaveAttribute('data-n', '2');
      const gateRows = office.getByTestId('hub-dash-gate-row');
      expect(await gateRows.evaluateAll((rs) => rs.map((r) => r.dataset.gate))).toEqual(
        ['东门', '西门'].sort(),
      );
      await expect(gateRows.filter({ hasText: '东门' }).locator('[data-verdict="deny"]')).toHaveText('1');
      await office.getByTestId('hub-dash-gate').selectOption('东门');
      await expect(office.getByTestId('hub-dash-total')).toHaveAttribute('data-total', '2');
      await expect(office.getByTestId('hub-dash-pass')).toHaveAttribute('data-n', '1');
      expect(await violations(office)).toEqual([]);

      // The daily report of every gate, from the hub: both gates' counts, flags and roster, each
      // row with its gate; one gate chosen narrows it; it still prints alone.
      await office.getByTestId('tab-report').click();
      await expect(office.getByTestId('report-source-hub')).toBeChecked();
      const report = office.getByTestId('daily-report');
      await expect(report).toHaveAttribute('data-source', 'hub');
      await expect(report.locator('[data-key="pass"]')).toHaveAttribute('data-count', '2');
      await expect(report.locator('[data-key="deny"]')).toHaveAttribute('data-count', '2');
      const reportGates = office.getByTestId('report-gate-counts').locator('tbody tr');
      expect(await reportGates.evaluateAll((rs) => rs.map((r) => r.dataset.gate))).toEqual(
        ['东门', '西门'].sort(),
      );
      await expect(reportGates.filter({ hasText: '东门' }).locator('[data-verdict="deny"]')).toHaveText('1');
      const reportFlags = office.getByTestId('report-flags').locator('tr');
      await expect(reportFlags).toHaveCount(2);
      await expect(office.getByTestId('report-flags').locator('[data-status="resolved"]')).toHaveCount(2);
      await expect(reportFlags.filter({ hasText: '东门' })).toContainText('王经理');
      await expect(reportFlags.filter({ hasText: '西门' })).toContainText('已引导登记');
      const rosterGates = () =>
        office
          .getByTestId('report-roster')
          .locator('td[data-gate]')
          .evaluateAll((cs) => [...new Set(cs.map((c) => (c as HTMLElement).dataset.gate))].sort());
      expect(await rosterGates()).toEqual(['东门', '西门'].sort());
      expect(await violations(office)).toEqual([]);
      await office.getByTestId('report-gate').selectOption('东门');
      await expect(report).toHaveAttribute('data-gate', '东门');
      await expect(report.locator('[data-key="pass"]')).toHaveAttribute('data-count', '1');
      await expect(report.locator('[data-key="deny"]')).toHaveAttribute('data-count', '1');
      await expect(reportFlags).toHaveCount(1);
      await expect(reportFlags).toContainText('王经理');
      expect(await rosterGates()).toEqual(['东门']);
      expect(await violations(office)).toEqual([]);
      await office.emulateMedia({ media: 'print' });
      await expect(office.getByTestId('report-source')).toBeHidden();
      await expect(office.getByTestId('report-gate')).toBeHidden();
      await expect(office.getByTestId('report-signatures')).toBeVisible();
      const pdf = await office.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    });
  });
}
