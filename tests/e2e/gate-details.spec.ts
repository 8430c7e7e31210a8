/**
 * The smaller things a real queue shows up: cold-day temperatures, which choice is taken, a cue
 * when a code is read, payment codes and the known health-code families named, the console's
 * words for a bad trust file, the fullscreen icon, and a voice in the residents' language.
 */
import { expect, type Locator, test } from '@playwright/test';
import { GatePage } from './pages/gate-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

/** The computed style a pressed or unpressed button paints with (focus ring included). */
function look(button: Locator) {
  return button.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      outline: s.outlineStyle,
      shadow: s.boxShadow,
      background: s.backgroundColor,
      border: s.borderColor,
    };
  });
}

test('quick readings cover 36.1 and a cold day’s 35.5–35.9 in one fixed row; the chosen one is marked unlike focus', async ({
  page,
}) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await gate.scanWithScanner('https://example.cn/hc?id=cold-morning');
  await expect(gate.checkPanel).toBeVisible();
  for (const c of ['35.5', '35.6', '35.7', '35.8', '35.9', '36.1', '36.5', '37.0'])
    await expect(page.getByTestId(`temp-${c}`)).toBeVisible();
  const chips = page.locator('.quick [data-testid^="temp-"]');
  expect(await chips.count()).toBeLessThanOrEqual(16);

  const unpressed = await look(page.getByTestId('temp-36.5'));
  await page.getByTestId('temp-35.7').click();
  await expect(page.getByTestId('readings')).toContainText('35.7');
  await expect(page.getByTestId('temp-35.7')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('temp-36.5')).toHaveAttribute('aria-pressed', 'false');

  await page.getByTestId('code-green').click();
  await expect(page.getByTestId('code-green')).toHaveAttribute('aria-pressed', 'true');
  // Focus elsewhere: what remains on the chosen buttons is the selected style alone.
  await page.getByTestId('temperature').focus();
  for (const chosen of [page.getByTestId('temp-35.7'), page.getByTestId('code-green')]) {
    const style = await look(chosen);
    expect(style.outline, 'the keyboard focus ring is not the selected mark').toBe('none');
    expect(style.shadow).not.toBe('none');
  }
  expect((await look(page.getByTestId('temp-35.7'))).shadow).not.toBe(unpressed.shadow);
  // And the focus ring itself: an outline, which the selected mark never uses.
  await page.getByTestId('temperature').press('Shift+Tab');
  await expect(page.locator('.btn:focus-visible')).toHaveCount(1);
  expect((await look(page.locator('.btn:focus-visible'))).outline).toBe('solid');
});

test('a code read gives a cue at once, before any verdict', async ({ page }) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await expect(page.locator('body')).not.toHaveAttribute('data-read-cues', /./);
  await gate.scanWithScanner('https://example.cn/hc?id=cue-1');
  await expect(gate.checkPanel).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-read-cues', '1');
  await expect(gate.verdict).toHaveCount(0);
  // The same code again inside the same-scan window is no new read: no second cue.
  await page.getByTestId('cancel-check').click();
  await gate.scanWithScanner('https://example.cn/hc?id=cue-1');
  await gate.scanWithScanner('https://example.cn/hc?id=cue-2');
  await expect(page.locator('body')).toHaveAttribute('data-read-cues', '2');
});

test('payment codes are called payment codes; known health-code families are named, never verified', async ({
  page,
}) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  const details = page.getByTestId('scan-details');
  for (const code of ['wxp://f2f0Ab12Cd34', 'https://qr.alipay.com/fkx12345abcde', '134567890123456789']) {
    await gate.scanAtOnce(code);
    await expect(details).toHaveAttribute('data-family', 'payment');
    await expect(details).toContainText('这是付款码，不是健康码');
    await page.getByTestId('cancel-check').click();
  }
  const families: [string, string][] = [
    ['{"zoning":"440106","id":"x1"}', '粤康码'],
    ['V1a2b3c4d5e120000#/result', '天津健康码'],
    ['https://akm.ahzwfw.gov.cn/akm-sj-user/code?c=1', '安康码'],
  ];
  for (const [code, name] of families) {
    await gate.scanAtOnce(code);
    await expect(details).toContainText(name);
    await expect(details).toHaveAttribute('data-signature', 'not-checked');
    await expect(details).not.toContainText('付款码');
    await page.getByTestId('cancel-check').click();
  }
  await gate.scanAtOnce('https://jkm.hangzhou.gov.cn/code?u=7');
  await expect(details).toContainText('杭州健康码');
  await gate.completeCheck();
  await gate.expectVerdict('review', ['unregistered']);
  // Garbage is still just another QR code.
  await gate.next();
  await gate.scanAtOnce('random-garbage-0042');
  await expect(details).toHaveAttribute('data-family', 'other');
  await expect(details).toContainText('其他二维码');
});

test('a bad trust file is explained in Chinese in the Chinese console', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.previewBundle('not-a-bundle.json', 'hello, this is not JSON');
  await expect(settings.importError).toBeVisible();
  await expect(settings.importError).not.toContainText('the file is not');
  await expect(settings.importError).toContainText('不是');
  await settings.previewBundle('bad-section.json', '{"version":2,"shc":{}}');
  await expect(settings.importError).toContainText('shc');
  await expect(settings.importError).not.toContainText('must be');
  await expect(settings.importError).toContainText('版本');
});

test('the fullscreen button draws its own icon, not a glyph the font may lack', async ({ page }) => {
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  const kiosk = page.getByTestId('kiosk');
  await expect(kiosk.locator('svg')).toHaveCount(1);
  await expect(kiosk).not.toContainText('⛶');
});

test('the voice speaks Chinese to residents while the volunteer reads English', async ({ page }) => {
  await page.addInitScript(() => {
    const said: { lang: string; text: string }[] = [];
    (window as unknown as { said: typeof said }).said = said;
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) =>
      void said.push({ lang: u.lang, text: u.text });
  });
  const gate = new GatePage(page);
  await gate.open();
  await gate.signIn('王芳');
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await gate.scanWithScanner('https://example.cn/hc?id=voice');
  await gate.completeCheck();
  await gate.expectVerdict('review', ['unregistered']);
  const said = await page.evaluate(
    () => (window as unknown as { said: { lang: string; text: string }[] }).said,
  );
  expect(said).toHaveLength(1);
  expect(said[0]?.lang).toBe('zh-CN');
  expect(said[0]?.text).toMatch(/[\u4e00-\u9fff]/);
});
