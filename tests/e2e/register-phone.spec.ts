/**
 * Registration on a person's own phone as people really use it: a 320 px screen in either
 * language, a returnee switching apps half-way, phones written with +86, places beyond the
 * mainland, a train number, and a 5-stop itinerary in few taps.
 */
import { expect, type Page, test } from '@playwright/test';
import { readDeclaration } from '../../src/codes/declaration.ts';
import { RegisterPage } from './pages/register-page.ts';

const NOW = Date.UTC(2026, 10, 23, 2); // 2026-11-23 10:00 in China
/** Taps of the same 5-stop itinerary before recent places, "same as previous" and prefilled dates. */
const ITINERARY_TAPS_BEFORE = 49;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function widthOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test.describe('a registration page on a small phone', () => {
  for (const width of [320, 360]) {
    test(`fits ${width} px in both languages and has only its language switch`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      const register = new RegisterPage(page);
      await register.open();
      await expect(register.form).toBeVisible();
      // The gate's own buttons do not belong on a stranger's phone.
      await expect(page.getByTestId('open-settings')).toHaveCount(0);
      await expect(page.getByTestId('kiosk')).toHaveCount(0);
      for (const language of ['zh-CN', 'en']) {
        if (language === 'en') await page.getByTestId('lang-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        for (const kind of ['courier', 'visitor', 'returnee'] as const) {
          await register.chooseKind(kind);
          if (kind === 'returnee') await register.tap(page.getByTestId('reg-transport-飞机'));
          await register.submit(); // every message on show, the widest the form gets
          await expect(register.formErrors).toBeVisible();
          expect(await widthOf(page), `${kind} in ${language}`).toBeLessThanOrEqual(width);
        }
        const box = await page.getByTestId('lang-switch').boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(width);
      }
    });
  }

  test('the gate keeps its own header buttons', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('open-settings')).toBeVisible();
    await expect(page.getByTestId('kiosk')).toBeVisible();
  });
});

test.describe('a registration that is never lost', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a half-filled form comes back after a reload; the sent form is not kept; starting over asks first', async ({
    page,
  }) => {
    const register = new RegisterPage(page);
    await register.open();
    await register.chooseKind('returnee');
    await register.fillIdentity('李秀英', '+86 139 1234 5678', '0421');
    // Shanghai: the province, then its districts (no 市辖区 to pick).
    await register.pick(page.getByTestId('reg-from-province'), '上海市');
    await expect(page.getByTestId('reg-from-city')).toHaveCount(0);
    await register.fillStop(0, { province: '北京市', district: '朝阳区', date: '2026-11-23' });

    await page.reload();
    await expect(page.getByTestId('reg-name')).toHaveValue('李秀英');
    await expect(page.getByTestId('reg-phone')).toHaveValue('+86 139 1234 5678');
    await expect(page.getByTestId('reg-from-province')).toHaveValue('31');
    await expect(page.getByTestId('reg-stop-1-region-district')).toHaveValue('110105');

    await register.tap(page.getByTestId('reg-transport-火车'));
    await register.type(page.getByTestId('reg-transportNo'), 'g 1023');
    await register.fillHousehold('3', '2', '1201');
    await register.chooseColour('green');
    await register.submit();
    const text = await register.declarationText();
    expect(readDeclaration(text, NOW, 'e2e').details.facts.declaration).toMatchObject({
      phone: '13912345678',
      returnee: { from: '上海市', arrivedOn: '2026-11-23', transport: '火车', transportNo: 'G1023' },
      itinerary: [{ region: '110105', date: '2026-11-23' }],
    });
    expect(await page.evaluate(() => localStorage.getItem('register.draft.v1'))).toBeNull();

    // 重新登记 asks before it forgets the code; cancelling keeps it.
    await page.getByTestId('declaration-again').click();
    await expect(page.getByTestId('declaration-again-confirm')).toBeVisible();
    await page.getByTestId('declaration-again-cancel').click();
    await expect(register.qr).toHaveAttribute('data-declaration', text);
    await page.reload();
    await expect(register.qr).toHaveAttribute('data-declaration', text);
    await page.getByTestId('declaration-again').click();
    await page.getByTestId('declaration-again-confirm').click();
    await expect(register.form).toBeVisible();
    await expect(page.getByTestId('reg-name')).toHaveCount(0);
    await page.reload();
    await expect(register.qr).toHaveCount(0);
  });

  test('a returnee from Hong Kong by plane who was abroad, in Taiwan and Macau, with dates filled in', async ({
    page,
  }) => {
    const register = new RegisterPage(page);
    await register.open();
    await register.chooseKind('returnee');
    await register.fillIdentity('何家明', '13912345678', '5678');
    await register.pick(page.getByTestId('reg-from-province'), '香港');
    await expect(page.getByTestId('reg-from-city')).toHaveCount(0);
    await expect(page.getByTestId('reg-arrivedOn')).toHaveValue('2026-11-23');
    await register.tap(page.getByTestId('reg-transport-飞机'));
    await register.type(page.getByTestId('reg-transportNo'), 'CX 5032');
    await register.fillHousehold('7', '', '1503');
    await register.fillStop(0, { province: '境外', date: '2026-11-23' });
    await register.fillStop(1, { province: '台湾', date: '2026-11-22' });
    await register.fillStop(2, { province: '澳门', date: '2026-11-21' });
    await expect(page.getByTestId('reg-stop-3-region-district')).toHaveCount(0);
    await register.chooseColour('green');
    await register.submit();
    const facts = readDeclaration(await register.declarationText(), NOW, 'e2e').details.facts.declaration;
    expect(facts).toMatchObject({
      returnee: { from: '香港', arrivedOn: '2026-11-23', transport: '飞机', transportNo: 'CX5032' },
      itinerary: [
        { region: '990000', date: '2026-11-23' },
        { region: '710000', date: '2026-11-22' },
        { region: '820000', date: '2026-11-21' },
      ],
    });
  });
});

test.describe('taps of a registration', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test(`a returnee's 5-stop itinerary takes under 30 taps (${ITINERARY_TAPS_BEFORE} before)`, async ({
    page,
  }, info) => {
    const register = new RegisterPage(page);
    const started = Date.now();
    await register.open();
    await register.chooseKind('returnee');
    await register.fillIdentity('李秀英', '13912345678', '0421');
    await register.fillReturnee('湖北省', '武汉市', '', '火车');
    await register.type(page.getByTestId('reg-transportNo'), 'G1023');
    await register.fillHousehold('3', '2', '1201');

    const before = register.taps;
    // Today in Shanghai (the date is today's already).
    await register.fillStop(0, { province: '上海市', district: '浦东新区', date: '2026-11-23' });
    // Yesterday in Wuhan: the place where the person came from is one tap, the date a day back.
    let row = await register.stop(1);
    await register.tap(row.getByRole('button', { name: '湖北省武汉市' }));
    await register.pick(row.getByTestId('reg-stop-2-region-district'), '武昌区');
    await expect(row.locator('input[type="date"]')).toHaveValue('2026-11-22');
    // The same day, elsewhere in Wuhan: "same as previous", another district, the date a day on.
    row = await register.stop(2);
    await register.tap(row.getByTestId('reg-stop-3-same'));
    await register.pick(row.getByTestId('reg-stop-3-region-district'), '洪山区');
    await register.tap(row.getByTestId('reg-stop-3-date-later'));
    await expect(row.locator('input[type="date"]')).toHaveValue('2026-11-22');
    row = await register.stop(3);
    await register.tap(row.getByTestId('reg-stop-4-same'));
    await register.pick(row.getByTestId('reg-stop-4-region-district'), '江汉区');
    await register.fillStop(4, { province: '北京市', district: '朝阳区', date: '2026-11-20' });
    const itineraryTaps = register.taps - before;

    await register.chooseColour('green');
    await register.submit();
    const facts = readDeclaration(await register.declarationText(), NOW, 'e2e').details.facts.declaration;
    expect(facts?.itinerary).toEqual([
      { region: '310115', date: '2026-11-23' },
      { region: '420106', date: '2026-11-22' },
      { region: '420111', date: '2026-11-22' },
      { region: '420103', date: '2026-11-21' },
      { region: '110105', date: '2026-11-20' },
    ]);
    info.annotations.push({
      type: 'taps',
      description: `returnee, 5 stops: ${register.taps} taps (itinerary ${itineraryTaps}), ${Date.now() - started} ms`,
    });
    expect(itineraryTaps).toBeLessThan(30);
  });

  test('a courier and a visitor, counted', async ({ page }, info) => {
    for (const kind of ['courier', 'visitor'] as const) {
      await page.evaluate(() => localStorage.clear()).catch(() => undefined);
      const register = new RegisterPage(page);
      const started = Date.now();
      await register.open();
      await register.chooseKind(kind);
      await register.fillIdentity('陈建华', '13800001111', '123x');
      if (kind === 'courier') await register.fillCourier('顺丰', '粤B12345');
      else {
        await register.fillHousehold('3', '', '1201');
        await register.type(page.getByTestId('reg-purpose'), '探亲');
      }
      await register.fillStop(0, {
        province: '广东省',
        city: '深圳市',
        district: '南山区',
        date: '2026-11-23',
      });
      await register.chooseColour('green');
      await register.submit();
      await register.declarationText();
      info.annotations.push({
        type: 'taps',
        description: `${kind}: ${register.taps} taps, ${Date.now() - started} ms`,
      });
    }
  });
});
