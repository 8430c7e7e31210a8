/**
 * Who is in front: the verdict, the check, the flags and the recent passages name the person
 * (masked name and home or company); a verified foreign pass shows the full name and date of
 * birth for the ID comparison, on the check panel only, never stored.
 */
import { expect, test } from '@playwright/test';
import { encodeDeclaration } from '../../src/codes/declaration.ts';
import type { DeclarationFacts } from '../../src/codes/types.ts';
import { hc1, makeSigner, payload, signDcc, VACCINATION } from '../dcc-kit.ts';
import { setUpGate } from './fixtures/gate-setup.ts';
import { SettingsPage } from './pages/settings-page.ts';

const NOW = Date.UTC(2026, 10, 23, 1);

function courier(name: string, company: string): string {
  const facts: DeclarationFacts = {
    version: 1,
    kind: 'courier',
    name,
    phone: '13800001111',
    idLast4: '123X',
    company,
    plate: null,
    host: null,
    purpose: null,
    returnee: null,
    itinerary: [],
    reportedColour: 'green',
    lastTestAt: null,
    createdAt: NOW - 600_000,
  };
  return encodeDeclaration(facts);
}

test.describe('who is in front', () => {
  test('an estate card: masked name and home on the check, the verdict and the recent row', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const { gate, estate } = await setUpGate(page, NOW);
    await gate.scanAtOnce(estate.zhang);
    await expect(page.getByTestId('check-who')).toHaveText(/张\*丰\s*3-2-1201/);
    await page.getByTestId('temp-36.5').click();
    await page.getByTestId('mask-ok').click();
    await gate.expectVerdict('pass', []);
    await expect(page.getByTestId('verdict-who')).toHaveText(/张\*丰\s*3-2-1201/);
    await gate.next();
    await expect(page.getByTestId('passage-who').first()).toHaveText(/张\*丰\s*3-2-1201/);
    await expect(gate.passages.first()).not.toContainText('张三丰');
  });

  test('a resident found by hand is named on the verdict', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate } = await setUpGate(page, NOW);
    await page.getByTestId('manual-lookup').click();
    await page.getByTestId('lookup-building').fill('5');
    await page.getByTestId('lookup-room').fill('301');
    await page.getByTestId('lookup-search').click();
    await page.getByTestId('lookup-result').first().click();
    await expect(page.getByTestId('check-who')).toHaveText(/王\*国\s*5-1-301/);
    await gate.completeCheck();
    await gate.expectVerdict('pass', []);
    await expect(page.getByTestId('verdict-who')).toHaveText(/王\*国\s*5-1-301/);
  });

  test('unregistered couriers are told apart in the flag queue', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const { gate } = await setUpGate(page, NOW);
    const people = [
      ['陈建华', '顺丰'],
      ['刘伟', '美团'],
    ] as const;
    for (const [name, company] of people) {
      await gate.scanAtOnce(courier(name, company));
      await expect(page.getByTestId('confirm-registration')).toBeVisible();
      await page.getByTestId('temp-36.5').click();
      await page.getByTestId('mask-ok').click();
      await page.getByTestId('record').click();
      await expect(gate.verdict).toHaveAttribute('data-reasons', /unregistered/);
      await gate.next();
    }
    const who = page.getByTestId('flag-who');
    await expect(who).toHaveCount(2);
    await expect(who.nth(0)).toHaveText(/刘\*\s*美团/);
    await expect(who.nth(1)).toHaveText(/陈\*华\s*顺丰/);
  });

  test('a verified EU pass shows the full name and date of birth for the ID check, and stores neither', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    const signer = await makeSigner();
    const iat = Math.floor(NOW / 1000) - 86_400;
    const text = hc1(await signDcc(signer, payload({ v: [VACCINATION] }), { iat, exp: iat + 365 * 86_400 }));
    const { gate } = await setUpGate(page, NOW);
    const settings = new SettingsPage(page);
    await settings.importBundle(
      'dcc.json',
      JSON.stringify({ version: 1, dcc: [{ certificate: signer.certificate }] }),
    );
    await expect(page.getByTestId('trust-import-ok')).toBeVisible();
    await settings.backToGate();
    await gate.scanAtOnce(text);
    await expect(page.getByTestId('scan-details')).toHaveAttribute('data-signature', 'valid');
    await expect(page.getByTestId('holder-full')).toContainText('Gabriele Musterfrau-Gößinger');
    await expect(page.getByTestId('holder-dob')).toContainText('1998-02-26');
    await gate.completeCheck();
    await expect(gate.verdict).toBeVisible();
    await expect(page.getByTestId('verdict-who')).not.toContainText('Gabriele');
    const stored = JSON.stringify(await gate.readTable('passages'));
    expect(stored).not.toContain('Gabriele');
    expect(stored).not.toContain('1998-02-26');
  });
});
