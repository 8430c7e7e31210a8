/**
 * What the office decides reaches every gate through a real hub (PGlite, started by the test):
 * the estate's signing key (in the trust list), the residents, a stricter fever threshold and a
 * risk-area list, all made on the office PC; a fresh gate tablet that was given none of them
 * reads the office's printed card, decides by the new threshold and flags the risk itinerary,
 * without a reload, and its own audit trail says who changed the rules. The returnee it confirms
 * is in the office's ledger with the gate's name; reported there, the gate's flag is resolved.
 */
import { violations } from './fixtures/axe.ts';
import { expect, test } from './fixtures/contexts.ts';
import { courierDeclaration } from './fixtures/declaration.ts';
import { RESIDENTS_CSV } from './fixtures/estate.ts';
import { enrolOnDeviceScreen, TestHub } from './fixtures/hub.ts';
import { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';
import { EstateKeyPanel, PrintPage } from './pages/print-page.ts';
import { RegistryPage } from './pages/registry-page.ts';
import { seedResidents } from './pages/settings-page.ts';

const hub = new TestHub();
test.beforeAll(() => hub.start());
test.afterAll(() => hub.stop());

const DAY = 86_400_000;
const ymd = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

test("the office's key, residents, rules and risk areas reach a gate that was given none of them", async ({
  newContext,
}) => {
  test.setTimeout(240_000);
  const now = Date.now();
  await hub.createEstate('阳光花园');

  // A fresh gate tablet: no trust list, no residents, the default rules.
  const gatePage = await (
    await newContext({ baseURL: hub.base, viewport: { width: 1280, height: 800 } })
  ).newPage();
  const gate = new GatePage(gatePage);
  await gate.open();
  await enrolOnDeviceScreen(gatePage, await hub.enrolmentCode('gate', '东门'));
  await expect(gate.ready).toHaveAttribute('data-gate', '东门');
  await gate.signIn('王芳');
  await expect(gatePage.getByTestId('risk-badge')).toHaveCount(0);

  // The office PC: the estate key, the residents, a card, a stricter rule and the risk areas.
  const office = await (await newContext({ baseURL: hub.base })).newPage();
  await office.goto('/');
  await enrolOnDeviceScreen(office, await hub.enrolmentCode('office'));
  const estate = new EstateKeyPanel(office);
  await estate.open();
  const kid = await estate.generate('sunny-garden', '阳光花园');
  await seedResidents(office, RESIDENTS_CSV);
  await office.getByTestId('tab-rules').click();
  await expect(office.getByTestId('rules-hub-note')).toContainText('将同步到本小区的所有门岗');
  await office.getByTestId('policy-fever').fill('37.0');
  await office.getByTestId('policy-fever').blur();
  await expect(office.getByTestId('policy-version')).toHaveText('v2');
  await office.getByTestId('risk-file').setInputFiles({
    name: 'risk.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`region,level,from,to\n440305,high,${ymd(now - 10 * DAY)},${ymd(now + 10 * DAY)}\n`),
  });
  await expect(office.getByTestId('risk-import-ok')).toBeVisible();
  await estate.open();
  const print = new PrintPage(office);
  await print.open();
  await print.printHousehold('3', '2', '1201');
  const card = await print.card(0);

  // The hub holds each list once, under the office's device.
  await expect
    .poll(async () =>
      (await hub.records())
        .map((r) => r.kind)
        .filter((k) => k.endsWith('-list') || k === 'policy-version')
        .sort(),
    )
    .toEqual(['policy-version', 'risk-list', 'trust-list']);

  // The gate takes them from the hub, with no reload: the risk badge shows.
  await expect(gatePage.getByTestId('risk-badge')).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(async () => {
      const settings = await readTable<{ key: string; value: { stored?: { estate: { kid: string }[] } } }>(
        gatePage,
        'settings',
      );
      return settings.find((s) => s.key === 'trust')?.value.stored?.estate.map((e) => e.kid) ?? [];
    })
    .toEqual([kid]);
  await expect.poll(async () => (await readTable(gatePage, 'people')).length).toBe(3);

  // The office's card is read and trusted at the gate: signed by the estate's key, a known resident.
  await gate.scanAtOnce(card.text);
  await expect(gatePage.getByTestId('scan-details')).toHaveAttribute('data-signature', 'valid');
  await gate.completeCheck();
  await gate.expectVerdict('pass', []);
  await gate.next();

  // 37.1 is at the office's new threshold: one re-measure, then a fever.
  await gate.scanAtOnce('https://jkm.example.gov.cn/code?u=lists-1');
  await gate.completeCheck({ temperature: '37.1' });
  await expect(gatePage.getByTestId('remeasure')).toBeVisible();
  await gate.typeTemperature('37.2');
  await expect(gate.verdict).toHaveAttribute('data-reasons', /fever/);
  await gate.next();

  // A returnee who came through a risk area the office listed is denied, and enters the ledger.
  await gate.scanAtOnce(
    courierDeclaration(now, {
      kind: 'returnee',
      name: '赵小六',
      company: null,
      plate: null,
      host: { building: '5', unit: '1', room: '302' },
      returnee: { from: '440305', arrivedOn: ymd(now - DAY), transport: '火车', transportNo: 'G1023' },
      itinerary: [{ region: '440305', date: ymd(now - 2 * DAY) }],
    }),
  );
  await gatePage.getByTestId('confirm-registration-ok').click();
  await gate.completeCheck();
  await expect(gate.verdict).toHaveAttribute('data-reasons', /risk-itinerary/);
  await expect(gate.verdict).toHaveAttribute('data-verdict', 'deny');
  await gate.next();

  // The office's ledger shows the returnee as the gate confirmed them, with the gate; reporting
  // them to the committee there resolves the east gate's report flag through the hub.
  const registry = new RegistryPage(office);
  await registry.openConsole();
  await registry.view('ledger');
  const entry = office.getByTestId('ledger-row');
  await expect(entry).toHaveCount(1, { timeout: 10_000 });
  await expect(entry).toHaveAttribute('data-gate', '东门');
  await expect(entry).toContainText('火车 G1023');
  await office.getByTestId('ledger-gate').selectOption('东门');
  await expect(entry).toHaveCount(1);
  await office.getByTestId('ledger-status').selectOption('reported');
  await expect(entry).toHaveAttribute('data-status', 'reported');
  await expect
    .poll(
      async () =>
        (await readTable<{ kind: string; status: string; resolution: string | null }>(gatePage, 'flags'))
          .filter((f) => f.kind === 'returnee-report')
          .map((f) => `${f.status} ${f.resolution}`),
      { timeout: 10_000 },
    )
    .toEqual(['resolved referred-committee']);
  expect((await readTable<{ status: string }>(gatePage, 'ledger')).map((e) => e.status)).toEqual([
    'reported',
  ]);

  // The checks were decided under the office's rules, and the gate's trail names who set them.
  const passages = await readTable<{ check?: { policyVersion: number } }>(gatePage, 'passages');
  expect(passages.map((p) => p.check?.policyVersion)).toEqual([2, 2, 2]);
  const audit = await readTable<{ action: string; who: string; detail: string }>(gatePage, 'audit');
  const policy = audit.find((a) => a.action === 'policy');
  expect(policy?.who).toBe('王经理');
  expect(policy?.detail).toContain('from-hub');
  expect(audit.some((a) => a.action === 'risk-import' && a.who === '王经理')).toBe(true);

  // The gate's own console says where its rules come from, and shows the office's version.
  await new RegistryPage(gatePage).openConsole();
  await gatePage.getByTestId('tab-rules').click();
  await expect(gatePage.getByTestId('rules-hub-note')).toContainText('由办公室统一下发');
  await expect(gatePage.getByTestId('policy-version')).toHaveText('v2');
  await expect(gatePage.getByTestId('policy-fever')).toHaveValue('37');
  expect(await violations(gatePage)).toEqual([]);
});
