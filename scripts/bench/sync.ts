/**
 * Sync figures in real Chromium against a real hub (src/hub/start.ts on PGlite in a temporary
 * folder, serving the build under test from its own origin), one estate of 33,000 residents:
 * a fresh gate tablet enrolled until it holds them all; a courier confirmed at one gate until
 * the other gate's database holds them; a tablet back from 7 busy days offline until its
 * outbox is empty (every batch acknowledged: stored by the hub); and scan to verdict on one
 * tablet before and after it is enrolled (pushing each check, pulling the office's changes).
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { MAX_BATCH, type PushedRecord } from '../../src/wire/kinds.ts';
import { makeEstate } from '../../tests/e2e/fixtures/estate.ts';
import { setUpGate } from '../../tests/e2e/fixtures/gate-setup.ts';
import { enrolOnDeviceScreen, TestHub } from '../../tests/e2e/fixtures/hub.ts';
import { alternatingVideo } from './camera-clip.ts';
import { launchBench } from './chromium.ts';
import { type Metrics, quantile, round, writeMetrics } from './metric.ts';
import { RESIDENTS, residentAt, rng } from './page/seed.ts';
import { collectScans, PROBE_SCRIPT } from './probe.ts';
import { moments, noteMoments, storeChecks, tabletIds, whenCount, whenPerson } from './sync-page.ts';
import { courier, offlineWeek } from './sync-records.ts';

const COURIERS = Number(process.env.BENCH_SYNC_COURIERS ?? 20);
const OFFLINE_CHECKS = Number(process.env.BENCH_SYNC_PASSAGES ?? 35_000);
const OFFLINE_DAYS = 7;
const SCANS = 24;
const DAY_MS = 86_400_000;
const OFFLINE_GATE = '北门';

const dist = resolve(process.env.BENCH_DIST ?? 'dist');
if (!existsSync(join(dist, 'index.html')))
  throw new Error(`no built app in ${dist}: npm run build, or set BENCH_DIST`);
const log = (text: string) => process.stderr.write(`  ${text}\n`);
const now = Date.now();
const estate = await makeEstate(now);
const hub = new TestHub('pglite', dist);
const metrics: Metrics = {};

/** A tablet of the estate in its own Chromium (on-disk profile), on the hub's origin. */
async function tablet(video?: string) {
  const bench = await launchBench(video, undefined, hub.base);
  if (video) await bench.context.addInitScript({ content: PROBE_SCRIPT });
  const page = await bench.context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('gate-ready')).toBeVisible({ timeout: 30_000 });
  return { ...bench, page };
}

/** Enrols the tablet in `page` as gate `name`, from the moment its code is typed; returns that moment. */
async function enrol(page: Page, name: string): Promise<number> {
  const code = await hub.enrolmentCode('gate', name);
  const t0 = Date.now();
  await enrolOnDeviceScreen(page, code);
  await expect(page.getByTestId('gate-ready')).toHaveAttribute('data-gate', name);
  return t0;
}

/** Waits until the tablet holds the estate's residents (the pull after enrolment). */
async function pulledResidents(page: Page): Promise<number> {
  const at = await whenCount(page, 'people', '>=', RESIDENTS, 180_000);
  if (at === null) throw new Error('the residents never arrived');
  return at;
}

/** The office's registry: 33,000 residents pushed as registry changes by the manager's device. */
async function pushResidents(): Promise<void> {
  const r = rng(20261207);
  const people = Array.from({ length: RESIDENTS }, (_, n) => residentAt(r, n, now));
  const t0 = Date.now();
  for (let i = 0; i < people.length; i += MAX_BATCH) {
    const records: PushedRecord[] = people
      .slice(i, i + MAX_BATCH)
      .map((p) => ({ kind: 'registry-change', id: p.id, body: { ...p } }));
    await hub.signed('POST', '/api/push', { records });
  }
  log(`${RESIDENTS} residents pushed by the office in ${round((Date.now() - t0) / 1000)} s`);
}

async function freshTablet(): Promise<void> {
  const t = await tablet();
  try {
    const t0 = await enrol(t.page, '南门');
    const s = ((await pulledResidents(t.page)) - t0) / 1000;
    metrics.sync_fresh_tablet_33k_residents_s = {
      value: round(s),
      unit: 's',
      n: 1,
      baseline: null,
      note: `a fresh gate tablet (new profile, app loaded) from its enrolment code submitted on the device screen (key made, POST /api/enrol) to its IndexedDB people table holding the estate's ${RESIDENTS} residents, pushed before by the office as registry changes (pages of 2000 from GET /api/pull, each applied in one transaction while the next is read); hub on PGlite`,
    };
    log(`fresh tablet: ${RESIDENTS} residents in ${round(s)} s`);
  } finally {
    await t.close();
  }
}

async function propagation(): Promise<void> {
  const tablets: Awaited<ReturnType<typeof tablet>>[] = [];
  try {
    const gates = [];
    for (const name of ['西门', '东门']) {
      const t = await tablet();
      tablets.push(t);
      const { gate } = await setUpGate(t.page, now, undefined, estate);
      await enrol(t.page, name);
      await pulledResidents(t.page);
      gates.push({ page: t.page, gate });
    }
    const [west, east] = gates;
    if (!west || !east) throw new Error('two gates');
    await noteMoments(west.page);
    const fromConfirm: number[] = [];
    const fromRecorded: number[] = [];
    for (let i = 0; i < COURIERS; i++) {
      const c = courier(i, now);
      const seen = whenPerson(east.page, c.name, 30_000);
      await west.gate.scanAtOnce(c.code);
      await west.page.getByTestId('confirm-registration-ok').click();
      await west.gate.completeCheck();
      await west.gate.expectVerdict('pass', []);
      await west.gate.next();
      const at = await seen;
      if (at === null) throw new Error(`${c.name} never reached the east gate`);
      const m = await moments(west.page);
      fromConfirm.push(at - (m.confirmed.at(-1) ?? Number.NaN));
      fromRecorded.push(at - (m.recorded.at(-1) ?? Number.NaN));
    }
    metrics.sync_propagation_p95_ms = {
      value: round(quantile(fromConfirm, 0.95)),
      unit: 'ms',
      n: fromConfirm.length,
      baseline: null,
      note: `${COURIERS} couriers, one after another, scanned and confirmed at the west gate (the checks tapped through by Playwright) while the east gate's page reads its IndexedDB people table every 20 ms: from the registration committed at the west gate (its confirmation panel gone) to the east gate holding the person; both tablets on the hub's origin holding the ${RESIDENTS} residents; median ${round(quantile(fromConfirm, 0.5))} ms, max ${round(Math.max(...fromConfirm))} ms; counted from the check's 已记录 instead (which comes after the checks): p95 ${round(quantile(fromRecorded, 0.95))} ms, median ${round(quantile(fromRecorded, 0.5))} ms`,
    };
    log(
      `propagation p95 ${round(quantile(fromConfirm, 0.95))} ms (from 已记录 ${round(quantile(fromRecorded, 0.95))} ms)`,
    );
  } finally {
    for (const t of tablets) await t.close();
  }
}

async function catchUp(): Promise<void> {
  const t = await tablet();
  try {
    await enrol(t.page, OFFLINE_GATE);
    await pulledResidents(t.page);
    const ids = await tabletIds(t.page);
    if (ids.passages !== 0) throw new Error('the tablet has checks already');
    await t.context.setOffline(true);
    const checks = offlineWeek(OFFLINE_GATE, ids.deviceId, ids.keyId, OFFLINE_CHECKS, OFFLINE_DAYS, now);
    for (let i = 0; i < checks.length; i += 5000) await storeChecks(t.page, checks.slice(i, i + 5000));
    // The tablet as a volunteer finds it: the app reloaded offline, "35000 条待上传".
    await t.page.reload();
    await expect(t.page.getByTestId('sync-status')).toContainText(`${OFFLINE_CHECKS} 条待上传`, {
      timeout: 30_000,
    });
    const t0 = Date.now();
    await t.context.setOffline(false);
    const empty = await whenCount(t.page, 'outbox', '==', 0, 600_000, 100);
    if (empty === null) throw new Error('the outbox never emptied');
    const s = (empty - t0) / 1000;
    const dashboard = await hub.signed('GET', `/api/dashboard?from=0&to=${now + DAY_MS}`);
    const held = dashboard.gates[OFFLINE_GATE];
    if (held !== OFFLINE_CHECKS) throw new Error(`the hub holds ${held} of the ${OFFLINE_CHECKS} passages`);
    metrics.sync_catch_up_35k_s = {
      value: round(s),
      unit: 's',
      n: 1,
      baseline: null,
      note: `${OFFLINE_CHECKS} checks over ${OFFLINE_DAYS} days stored offline as recordCheck stores them on an enrolled tablet (passage with its keyed chain link, one outbox entry each; written straight into IndexedDB, the HMACs by the tablet's own key), the app reloaded offline: from the network back (context.setOffline(false)) to the outbox empty (every batch of ${MAX_BATCH} acknowledged: stored by the hub); the hub then holds all ${held} (GET /api/dashboard); hub on PGlite, ${(OFFLINE_CHECKS / s).toFixed(0)} passages/s`,
    };
    log(`catch-up: ${OFFLINE_CHECKS} passages in ${round(s)} s`);
  } finally {
    await t.close();
  }
}

async function scansWithSync(): Promise<void> {
  const video = await alternatingVideo([estate.zhang, estate.li, estate.liSecondCard]);
  const t = await tablet(video);
  try {
    await setUpGate(t.page, now, undefined, estate);
    await t.page.reload();
    await expect(t.page.getByTestId('gate-ready')).toBeVisible();
    const p95 = (scans: { start: number; verdict: number }[]) =>
      round(
        quantile(
          scans.map((s) => s.verdict - s.start),
          0.95,
        ),
      );
    const off = await collectScans(t.page, SCANS, 90_000);
    await enrol(t.page, '后门');
    await pulledResidents(t.page);
    // The office at work meanwhile: a registry change every 2 s, which the tablet pulls.
    const r = rng(20261209);
    let n = 0;
    const office = setInterval(() => {
      const p = residentAt(r, n++, Date.now());
      hub
        .signed('POST', '/api/push', { records: [{ kind: 'registry-change', id: p.id, body: { ...p } }] })
        .catch((e: unknown) => log(`office push failed: ${String(e)}`));
    }, 2000);
    const on = await collectScans(t.page, SCANS, 90_000).finally(() => clearInterval(office));
    const pushed = await whenCount(t.page, 'outbox', '==', 0, 30_000);
    metrics.scan_to_verdict_p95_ms_with_sync = {
      value: on.length > 0 ? p95(on) : null,
      unit: 'ms',
      n: on.length,
      baseline: off.length > 0 ? p95(off) : null,
      note: `one tablet, same run, measured as scan_to_verdict_p95_ms (fake camera, the probe tapping): ${off.length} scans before it was enrolled (the baseline: no hub), then ${on.length} enrolled to the hub with the pusher sending each check and the puller applying a registry change the office pushes every 2 s (${n} during the scans); the registry is 3 residents before and ${RESIDENTS} + 3 after; outbox ${pushed === null ? 'NOT emptied' : 'emptied'} after; medians ${
        on.length > 0
          ? round(
              quantile(
                on.map((s) => s.verdict - s.start),
                0.5,
              ),
            )
          : 'n/a'
      } vs ${
        off.length > 0
          ? round(
              quantile(
                off.map((s) => s.verdict - s.start),
                0.5,
              ),
            )
          : 'n/a'
      } ms`,
    };
    log(
      `scans: p95 ${metrics.scan_to_verdict_p95_ms_with_sync.value} ms with sync, ${metrics.scan_to_verdict_p95_ms_with_sync.baseline} ms without`,
    );
  } finally {
    await t.close();
    rmSync(dirname(video), { recursive: true, force: true });
  }
}

/** BENCH_SYNC_PARTS=catch-up,fresh tablet runs only those parts (e.g. while profiling one). */
const PARTS = process.env.BENCH_SYNC_PARTS?.split(',') ?? null;

/** Runs one part; a failure is written down and the next part still runs. */
async function part(name: string, metric: string, run: () => Promise<void>): Promise<void> {
  if (PARTS && !PARTS.includes(name)) return;
  log(name);
  try {
    await run();
  } catch (e) {
    log(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
    metrics[metric] ??= {
      value: null,
      unit: '',
      n: 0,
      baseline: null,
      note: `not measured: ${String(e).slice(0, 300)}`,
    };
  }
}

try {
  await hub.start();
  await hub.createEstate('基准小区');
  await pushResidents();
  await part('fresh tablet', 'sync_fresh_tablet_33k_residents_s', freshTablet);
  await part('propagation', 'sync_propagation_p95_ms', propagation);
  await part('catch-up', 'sync_catch_up_35k_s', catchUp);
  await part('scans with sync', 'scan_to_verdict_p95_ms_with_sync', scansWithSync);
} finally {
  writeMetrics(metrics);
  await hub.stop();
}
