import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readDeclaration } from '../../src/codes/declaration.ts';
import { RegisterPage } from './pages/register-page.ts';

const NOW = Date.UTC(2026, 10, 23, 2); // 2026-11-23 10:00 in China

test.use({ viewport: { width: 390, height: 844 } });

test.describe('registration on a person’s own phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('a courier registers once; the declaration QR scans, reads back and stays after a reload', async ({
    page,
  }) => {
    const register = new RegisterPage(page);
    await register.open();
    await register.chooseKind('courier');
    await register.fillIdentity('陈建华', '13800001111', '123x');
    await register.fillCourier('顺丰', '粤B12345');
    await register.fillStop(0, {
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      date: '2026-11-20',
    });
    await register.chooseColour('green');
    await register.submit();

    const text = await register.declarationText();
    expect(text).toMatch(/^GD1:/);
    await expect(page.getByTestId('declaration-name')).toHaveText('陈建华');
    await expect(page.getByTestId('declaration-kind')).toHaveText('快递 / 外卖');
    const read = readDeclaration(text, NOW, 'e2e');
    expect(read.errors).toEqual([]);
    expect(read.details.facts.declaration).toMatchObject({
      kind: 'courier',
      name: '陈建华',
      phone: '13800001111',
      idLast4: '123X',
      company: '顺丰',
      plate: '粤B12345',
      itinerary: [{ region: '440305', date: '2026-11-20' }],
      reportedColour: 'green',
      createdAt: NOW,
    });

    // The QR on the phone's screen is what the gate camera sees: the app's decoder must read it.
    const png = join(mkdtempSync(join(tmpdir(), 'register-qr-')), 'qr.png');
    await register.qr.screenshot({ path: png });
    const out = execFileSync('node_modules/.bin/tsx', ['src/cli/decode-image.ts', png], { encoding: 'utf8' });
    expect(JSON.parse(out.trim())).toMatchObject({ file: png, text });

    await page.reload();
    await expect(register.qr).toHaveAttribute('data-declaration', text);
    await expect(register.qr.locator('svg')).toBeVisible();

    // Editing starts from the kept answers.
    await page.getByTestId('declaration-edit').click();
    await expect(page.getByTestId('reg-name')).toHaveValue('陈建华');
    await expect(page.getByTestId('reg-stop-1-region-district')).toHaveValue('440305');

    // Editing keeps the code until a new one replaces it; starting over forgets it (a shared kiosk).
    await page.reload();
    await expect(register.qr).toHaveAttribute('data-declaration', text);
    await page.getByTestId('declaration-again').click();
    await page.getByTestId('declaration-again-confirm').click();
    await expect(page.getByTestId('reg-name')).toHaveCount(0);
    await page.reload();
    await expect(register.form).toBeVisible();
    await expect(register.qr).toHaveCount(0);
  });

  test('a form sent with missing or wrong fields shows messages next to them and makes no QR', async ({
    page,
  }) => {
    const register = new RegisterPage(page);
    await register.open();
    await register.submit();
    await expect(register.error('kind')).toBeVisible();
    await register.chooseKind('visitor');
    await register.fillIdentity('', '1380000111', '12');
    await register.fillStop(0, {
      province: '北京市',
      district: '朝阳区',
      date: '2026-11-01',
    });
    await register.submit();
    await expect(register.formErrors).toBeVisible();
    await expect(register.error('name')).toHaveText(/请填写此项/);
    await expect(register.error('phone')).toHaveText(/11 位手机号/);
    await expect(register.error('idLast4')).toBeVisible();
    await expect(register.error('building')).toBeVisible();
    await expect(register.error('room')).toBeVisible();
    await expect(register.error('purpose')).toBeVisible();
    await expect(register.error('stop-1-date')).toHaveText(/14 天/);
    await expect(register.error('colour')).toBeVisible();
    await expect(register.qr).toHaveCount(0);

    // The messages follow the language switch; a reload still shows the form, nothing kept.
    await page.getByTestId('lang-switch').click();
    await expect(register.error('phone')).toHaveText(/11-digit mobile/);
    await page.reload();
    await expect(register.form).toBeVisible();
    await expect(register.qr).toHaveCount(0);
  });

  test('offline after the first visit, a returnee registers and the code is still there after a reload', async ({
    page,
    context,
  }) => {
    const register = new RegisterPage(page);
    await register.open();
    await register.waitForServiceWorker();
    await context.setOffline(true);
    await page.reload();

    await register.chooseKind('returnee');
    await register.fillIdentity('李秀英', '13912345678', '0421');
    // The place list is a lazy chunk: it must come from the precache with the network off.
    await register.fillReturnee('湖北省', '武汉市', '2026-11-22', '火车');
    await page.getByTestId('reg-transportNo').fill('G1023');
    await register.fillHousehold('3', '2', '1201');
    await register.fillStop(0, {
      province: '湖北省',
      city: '武汉市',
      district: '武昌区',
      date: '2026-11-21',
    });
    await register.fillStop(1, {
      province: '北京市',
      district: '朝阳区',
      date: '2026-11-22',
    });
    await register.chooseColour('yellow');
    await page.getByTestId('reg-lastTest').fill('2026-11-22T08:15');
    await register.submit();

    const text = await register.declarationText();
    await expect(page.getByTestId('declaration-kind')).toHaveText('返乡人员');
    expect(readDeclaration(text, NOW, 'e2e').details.facts.declaration).toMatchObject({
      kind: 'returnee',
      name: '李秀英',
      host: { building: '3', unit: '2', room: '1201' },
      returnee: { from: '湖北省武汉市', arrivedOn: '2026-11-22', transport: '火车', transportNo: 'G1023' },
      itinerary: [
        { region: '420106', date: '2026-11-21' },
        { region: '110105', date: '2026-11-22' },
      ],
      reportedColour: 'yellow',
      lastTestAt: Date.UTC(2026, 10, 22, 0, 15),
    });
    await page.reload();
    await expect(register.qr).toHaveAttribute('data-declaration', text);
  });
});
