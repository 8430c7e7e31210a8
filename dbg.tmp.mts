import { chromium } from '@playwright/test';
import { launchWithCamera, qrVideo } from './tests/e2e/fixtures/fake-camera.ts';
import { makeEstate } from './tests/e2e/fixtures/estate.ts';
const mode = process.argv[2];
if (mode === 'layout') {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });
  const p = await b.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await p.goto('http://127.0.0.1:4191/');
  await p.getByTestId('gate-ready').waitFor();
  await p.keyboard.type('https://example.cn/hc?id=x'); await p.keyboard.press('Enter');
  await p.getByTestId('code-green').click();
  await p.getByTestId('temp-36.5').click();
  await p.getByTestId('mask-ok').click();
  await p.getByTestId('registration-qr').locator('img').waitFor();
  await p.screenshot({ path: '/tmp/gate2-verdict.png' });
  await b.close();
} else {
  const estate = await makeEstate(Date.now());
  const b = await launchWithCamera(await qrVideo(estate.zhang), ['--js-flags=--jitless']);
  const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
  p.on('console', (m) => console.log('console', m.type(), m.text()));
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await p.goto('http://127.0.0.1:4191/');
  await p.getByTestId('gate-ready').waitFor();
  const t0 = Date.now();
  await p.locator('.camera[data-camera-state=live]').waitFor();
  const t1 = Date.now();
  await p.getByTestId('scan-details').waitFor({ timeout: 60000 });
  console.log('live after', t1 - t0, 'read after', Date.now() - t1);
  const ms = await p.evaluate(async () => {
    const v = document.querySelector('video')!;
    const c = document.createElement('canvas'); c.width = 640; c.height = 480;
    const ctx = c.getContext('2d')!; ctx.drawImage(v, 0, 0);
    const t = performance.now();
    for (let i = 0; i < 3; i++) ctx.getImageData(0, 0, 640, 480);
    return performance.now() - t;
  });
  console.log('3 getImageData', ms);
  await b.close();
}
