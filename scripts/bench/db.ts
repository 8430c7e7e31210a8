/**
 * Database figures in real Chromium with BENCH_PASSAGES (default 1,000,000) passages in the app's
 * own IndexedDB: one check written, the log's first and filtered pages, a day's dashboard counts,
 * and the CSV export. The work runs in scripts/bench/page (the app's data layer, built by Vite).
 */

import { launchBench } from './chromium.ts';
import { type Metrics, quantile, round, writeMetrics } from './metric.ts';
import type { BenchApi, SeedResult } from './page/main.ts';

const total = Number(process.env.BENCH_PASSAGES ?? 1_000_000);
const PASSAGES_PER_DAY = 5500;
const WRITES = 250;
const REPS = 20;
const scale = total === 1_000_000 ? '1M passages' : `${total.toLocaleString('en')} passages (BENCH_PASSAGES)`;

const { context, close } = await launchBench();
const metrics: Metrics = {};
try {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.text().startsWith('seeded')) process.stderr.write(`  ${m.text()}\n`);
  });
  page.setDefaultTimeout(600_000);
  await page.goto('/__bench/index.html');
  await page.waitForFunction(() => window.gateBench !== undefined);
  const days = Math.max(1, Math.round(total / PASSAGES_PER_DAY));
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const seed: SeedResult = await page.evaluate(
    ([t, d, end]) => (window.gateBench as BenchApi).seed(t, d, end),
    [total, days, today.getTime()] as const,
  );
  process.stderr.write(
    `  seeded ${seed.stored} passages over ${days} days in ${round(seed.seconds)} s (${round(seed.writeSeconds)} s in bulkAdd)\n`,
  );
  const seeded = `${scale} seeded over ${days} days in ${round(seed.seconds)} s (${round(seed.writeSeconds)} s of it in bulkAdd, chunks of 10k), 4 gates`;

  const writes = await page.evaluate((n) => (window.gateBench as BenchApi).recordWrites(n), WRITES);
  metrics.record_write_p95_ms_at_1m = {
    value: round(quantile(writes, 0.95)),
    unit: 'ms',
    n: writes.length,
    baseline: null,
    note: `the app's recordCheck (read last link + hash chain + passage + 1 flag, one rw transaction), back to back; median ${round(quantile(writes, 0.5))} ms, max ${round(Math.max(...writes))} ms; ${seeded}`,
  };

  const viaDataLayer =
    "measured through the app's data layer in the page (src/db/manage-logs.ts passagePage) + rows painted in a plain table, not through the /manage screens (PIN gate)";
  const first = await page.evaluate((n) => (window.gateBench as BenchApi).logFirstPage(n), REPS);
  metrics.log_first_page_ms_at_1m = {
    value: round(quantile(first, 0.5)),
    unit: 'ms',
    n: first.length,
    baseline: null,
    note: `median; newest 50, no filter (index 'at'); first run ${round(first[0] ?? Number.NaN)} ms, p95 ${round(quantile(first, 0.95))} ms; ${viaDataLayer}`,
  };
  const filtered = await page.evaluate(
    ([day, n]) => (window.gateBench as BenchApi).logFilteredPage(day, 'north', n),
    [seed.lastDayStart, REPS] as const,
  );
  metrics.log_filtered_page_ms_at_1m = {
    value: round(quantile(filtered, 0.5)),
    unit: 'ms',
    n: filtered.length,
    baseline: null,
    note: `median; one day + deny + gate 'north' (index [verdict+at], gate filtered); first run ${round(filtered[0] ?? Number.NaN)} ms, p95 ${round(quantile(filtered, 0.95))} ms; ${viaDataLayer}`,
  };
  const dashboard = await page.evaluate(([day, n]) => (window.gateBench as BenchApi).dashboardDay(day, n), [
    seed.lastDayStart,
    REPS,
  ] as const);
  metrics.dashboard_day_ms_at_1m = {
    value: round(quantile(dashboard, 0.5)),
    unit: 'ms',
    n: dashboard.length,
    baseline: null,
    note: `median; the console's dashboard is not built yet: the equivalent queries, one day's 4 gates x 24 hours by [gateId+at] range counts + that day's review and deny records by [verdict+at], painted as a table; p95 ${round(quantile(dashboard, 0.95))} ms`,
  };
  const exported = await page.evaluate(([from, n]) => (window.gateBench as BenchApi).exportCsv(from, n), [
    seed.exportFrom,
    3,
  ] as const);
  metrics.export_100k_csv_ms = {
    value: round(quantile(exported.times, 0.5)),
    unit: 'ms',
    n: exported.times.length,
    baseline: null,
    note: `median; the console's own exportLogs (keyed pages, masked rows, RFC 4180 CSV Blob download + audit entry) over a filter of ${exported.rows.toLocaleString('en')} passages among ${scale}; runs ${exported.times.map((t) => round(t)).join(' / ')} ms`,
  };
} finally {
  await close();
}
writeMetrics(metrics);
