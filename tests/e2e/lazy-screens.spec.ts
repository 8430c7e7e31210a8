import { expect, test } from '@playwright/test';

// The console, registration and print screens load their code on first visit. No service worker
// here: the blocked request must reach the network, not the precache.
test.use({ serviceWorkers: 'block' });
test('a screen whose code cannot load says so in words and recovers on reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/assets/ManageScreen-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/manage');
  const failed = page.getByTestId('screen-load-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('页面加载失败');
  await expect(page.getByTestId('manage')).toHaveCount(0);
  // The header still works: the gate is one tap away.
  await expect(page.locator('header')).toBeVisible();

  await page.unroute('**/assets/ManageScreen-*.js');
  await page.getByTestId('screen-reload').click();
  await expect(page.getByTestId('manage')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the gate loads none of the other screens’ code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByTestId('gate-ready')).toBeVisible();
  expect(scripts.some((s) => /ManageScreen|RegisterScreen|PrintCards|DeviceScreen/.test(s))).toBe(false);
  await page.goto('/register');
  await expect(page.locator('main.register')).toBeVisible();
  expect(scripts.some((s) => s.includes('RegisterScreen'))).toBe(true);
  // The device screen (the volunteer's ⚙) is its own chunk too.
  await page.goto('/settings');
  await expect(page.getByTestId('device-screen')).toBeVisible();
  expect(scripts.some((s) => s.includes('DeviceScreen'))).toBe(true);
});
