/**
 * A gate tablet connected to a real hub: the test starts the hub (`src/hub/start.ts`, PGlite in a
 * temporary folder, serving the built app from dist/ on its own port), creates the estate with
 * the setup code the hub prints, has the manager (a key held by the test) issue a gate's code,
 * and enrols the browser with it on the device screen. A check at the gate reaches the hub; with
 * the network cut, three checks wait ("3 条待上传") and arrive once it is back, each once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newDevice, signToken, type TestDevice } from '../../src/hub/test/device.ts';
import { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';

/** A port nobody listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

let hub: ChildProcess | null = null;
let data = '';
let base = '';
let output = '';

test.beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'hub-e2e-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // The hub serves dist/ (built by the e2e web server before the tests) from the working folder.
  hub = spawn(process.execPath, ['--import', 'tsx', 'src/hub/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HUB_DATA: data, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  hub.stdout?.on('data', (b) => {
    output += b;
  });
  hub.stderr?.on('data', (b) => {
    output += b;
  });
  await expect
    .poll(() => /Gate hub: http/.test(output) && /Setup code[^:]*: (\S+)/.test(output), { timeout: 90_000 })
    .toBe(true);
});

test.afterAll(async () => {
  if (hub && hub.exitCode === null) {
    const exited = new Promise((resolve) => hub?.once('exit', resolve));
    hub.kill('SIGTERM');
    await exited;
  }
  rmSync(data, { recursive: true, force: true });
});

/** The newest setup code the hub printed. */
const setupCode = () => [...output.matchAll(/Setup code[^:]*: (\S+)/g)].at(-1)?.[1] ?? '';

/** A request signed by `device`, as a device of the hub makes it. */
async function signed(device: TestDevice, method: 'GET' | 'POST', url: string, body?: unknown) {
  if (!device.id) throw new Error('device not set up');
  const text = body === undefined ? '' : JSON.stringify(body);
  const token = await signToken(device.privateKey, device.id, method, url, text, Date.now());
  const headers: Record<string, string> = { 'x-gate-device': token };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + url, { method, headers, body: body === undefined ? undefined : text });
  expect(res.ok, await res.clone().text()).toBe(true);
  return res.json();
}

interface Change {
  kind: string;
  id: string;
  body: { gateId?: string; passageId?: string };
}

/** Every record the hub holds for the estate, as the manager pulls them. */
async function hubRecords(manager: TestDevice): Promise<Change[]> {
  const all: Change[] = [];
  let since = 0;
  for (;;) {
    const page = await signed(manager, 'GET', `/api/pull?since=${since}&limit=500`);
    all.push(...page.changes);
    since = page.cursor;
    if (!page.more) return all;
  }
}

test('a gate enrolled with a code pushes its checks to the hub, and catches up after being offline', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The estate and its manager, with the code the hub printed.
  const manager = await newDevice();
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      setupCode: setupCode(),
      estateName: '幸福里小区',
      managerName: '王经理',
      publicKey: manager.publicJwk,
    }),
  });
  expect(setup.status, output).toBe(201);
  const made = await setup.json();
  manager.id = { estateId: made.estateId, deviceId: made.deviceId };
  const { token } = await signed(manager, 'POST', '/api/enrolment-tokens', {
    role: 'gate',
    gateName: '西门',
  });

  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const gate = new GatePage(page);
  await gate.open();
  // Not enrolled: the gate bar says nothing about a hub.
  await expect(page.getByTestId('sync-status')).toHaveCount(0);

  await page.getByTestId('open-settings').click();
  await page.getByTestId('hub-code').fill('WRONG-CODE-0000');
  await page.getByTestId('hub-enrol').click();
  await expect(page.getByTestId('hub-problem')).toContainText('连接码无效');
  await page.getByTestId('hub-code').fill(token);
  await page.getByTestId('hub-enrol').click();
  await expect(page.getByTestId('hub-estate')).toHaveText('幸福里小区');
  await expect(page.getByTestId('hub-gate')).toHaveText('西门');
  await expect(page.getByTestId('hub-role')).toHaveText('门岗平板');
  await expect(page.getByTestId('hub-address')).toHaveText(base);

  // The tablet now records as the gate it was enrolled for; the bar says it is in step.
  await page.getByTestId('back-to-gate').click();
  await expect(gate.ready).toHaveAttribute('data-gate', '西门');
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveText(/✓\s*已同步/);
  await gate.signIn('王芳');
  await gate.checkUnregistered('https://jkm.example.gov.cn/code?u=hub-1', 'burst');
  await expect(status).toHaveText(/✓\s*已同步/);
  await expect.poll(async () => (await signed(manager, 'GET', '/api/log?limit=50')).passages.length).toBe(1);
  const logged = (await signed(manager, 'GET', '/api/log?limit=50')).passages[0];
  expect(logged.body).toMatchObject({ gateId: '西门', verdict: 'review', reasons: ['unregistered'] });
  const stored = await readTable<{ id: string }>(page, 'passages');
  expect(logged.id).toBe(stored[0]?.id);

  // Offline: three checks are recorded as ever, and wait.
  await context.setOffline(true);
  for (const u of ['hub-2', 'hub-3', 'hub-4'])
    await gate.checkUnregistered(`https://jkm.example.gov.cn/code?u=${u}`, 'burst');
  await expect(status).toContainText('3 条待上传');
  await expect(status).toContainText(/服务器未连接 自 \d\d:\d\d/);
  expect((await signed(manager, 'GET', '/api/log?limit=50')).passages).toHaveLength(1);

  // Back online: all arrive, each once, with their flags. The pusher retries at once on the
  // browser's 'online' event; the wait allows for its longest backoff (a minute) besides.
  await context.setOffline(false);
  await expect(status).toHaveText(/✓\s*已同步/, { timeout: 70_000 });
  const records = await hubRecords(manager);
  const passages = records.filter((r) => r.kind === 'passage');
  expect(passages).toHaveLength(4);
  expect(new Set(passages.map((p) => p.id)).size).toBe(4);
  expect(passages.every((p) => p.body.gateId === '西门')).toBe(true);
  const ids = async (table: 'passages' | 'flags') =>
    (await readTable<{ id: string }>(page, table)).map((r) => r.id).sort();
  const local = { passages: await ids('passages'), flags: await ids('flags') };
  expect(passages.map((p) => p.id).sort()).toEqual(local.passages);
  expect(
    records
      .filter((r) => r.kind === 'flag')
      .map((r) => r.id)
      .sort(),
  ).toEqual(local.flags);
  expect(await readTable(page, 'outbox')).toEqual([]);
  await context.close();
});
