/**
 * The in-browser half of the database benchmarks, served from the built app's origin so it
 * works on the app's own IndexedDB through the app's own data layer (schema, recordCheck,
 * log paging, export). The Node side calls `window.gateBench` through Playwright.
 */

import { db } from '../../../src/db/index.ts';
import { fillPassageRows } from '../../../src/db/log/fill-rows.ts';
import { NO_FILTER, passagePage } from '../../../src/db/log/queries.ts';
import { recordCheck } from '../../../src/db/passages.ts';
import type { Passage } from '../../../src/db/types.ts';
import { exportLogs } from '../../../src/manage/console/log-export.ts';
import {
  DAY_MS,
  dayTimes,
  GATE_IDS,
  HOUR_MS,
  hexPool,
  passageAt,
  RESIDENTS,
  residentAt,
  rng,
  seedId,
} from './seed.ts';

const SEED_CHUNK = 10_000;
const EXPORT_ROWS = 100_000;

/** What the Node side learns from seeding. */
export interface SeedResult {
  seconds: number;
  /** Of which in bulkAdd (the rest made the records and their log rows). */
  writeSeconds: number;
  /** Of which writing the passages' log rows (fillPassageRows, as the app does after checks). */
  fillSeconds: number;
  stored: number;
  /** Start of the last seeded day (the day the filter and dashboard benchmarks look at). */
  lastDayStart: number;
  /** `at` of the 100,000th newest seeded passage: the export filter's `from`. */
  exportFrom: number;
}

/** The functions the Node side calls. */
export interface BenchApi {
  seed(total: number, days: number, endDayStart: number): Promise<SeedResult>;
  addDay(dayStart: number, count: number): Promise<number>;
  recordWrites(count: number): Promise<number[]>;
  logFirstPage(reps: number): Promise<number[]>;
  logFilteredPage(dayStart: number, gateId: string, reps: number): Promise<number[]>;
  dashboardDay(dayStart: number, reps: number): Promise<number[]>;
  exportCsv(from: number, to: number, reps: number): Promise<{ times: number[]; rows: number }>;
}

declare global {
  interface Window {
    gateBench?: BenchApi;
  }
}

const out = document.getElementById('out') as HTMLElement;
const r = rng(20261123);
const pool = hexPool(r);

/** Resolves after the next frame has been painted. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Paints a page of passages as a plain table (the figure includes putting rows on screen). */
function paintRows(rows: readonly Passage[]): void {
  out.innerHTML = `<table>${rows
    .map(
      (p) =>
        `<tr><td>${new Date(p.at).toLocaleString('zh-CN')}</td><td>${esc(p.gateId)}</td><td>${p.direction}</td>` +
        `<td>${p.verdict}</td><td>${esc(p.reasons.join(' '))}</td></tr>`,
    )
    .join('')}</table>`;
}

async function timed(reps: number, run: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times;
}

window.gateBench = {
  async seed(total, days, endDayStart) {
    const t0 = performance.now();
    const d = db();
    const perDay = Math.floor(total / days);
    let chunk: Passage[] = [];
    let stored = 0;
    let writeMs = 0;
    const flush = async () => {
      const w0 = performance.now();
      await d.passages.bulkAdd(chunk);
      writeMs += performance.now() - w0;
      stored += chunk.length;
      chunk = [];
    };
    let exportFrom = endDayStart - days * DAY_MS;
    const lastDayStart = endDayStart - DAY_MS;
    for (let day = 0; day < days; day++) {
      const dayStart = endDayStart - (days - day) * DAY_MS;
      const count = day === days - 1 ? total - perDay * (days - 1) : perDay;
      for (const at of dayTimes(r, dayStart, count)) {
        if (stored + chunk.length === total - EXPORT_ROWS) exportFrom = at;
        chunk.push({ id: seedId(r, at), ...passageAt(r, at, pool) });
        if (chunk.length === SEED_CHUNK) {
          await flush();
          if (stored % 100_000 === 0)
            console.log(`seeded ${stored} in ${Math.round(performance.now() - t0)} ms`);
        }
      }
    }
    if (chunk.length > 0) await flush();
    // The estate's residents, whom most passages name (the dashboard's map and board read them all).
    const residents = Array.from({ length: RESIDENTS }, (_, n) => residentAt(r, n, endDayStart));
    const w0 = performance.now();
    await d.people.bulkAdd(residents);
    writeMs += performance.now() - w0;
    // The log rows the app writes in the background after each check (src/db/log/fill-rows.ts).
    const f0 = performance.now();
    await fillPassageRows();
    const fillSeconds = (performance.now() - f0) / 1000;
    console.log(`seeded log rows in ${Math.round(fillSeconds * 1000)} ms`);
    return {
      seconds: (performance.now() - t0) / 1000,
      writeSeconds: writeMs / 1000,
      fillSeconds,
      stored,
      lastDayStart,
      exportFrom,
    };
  },

  async addDay(dayStart, count) {
    const rows = dayTimes(r, dayStart, count).map((at) => ({ id: seedId(r, at), ...passageAt(r, at, pool) }));
    await db().passages.bulkAdd(rows);
    await fillPassageRows();
    return rows.length;
  },

  async recordWrites(count) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const { chain: _chain, ...record } = passageAt(r, Date.now(), pool);
      const check = { ...record, verdict: 'review' as const, reasons: ['mask-improper'] };
      const t0 = performance.now();
      await recordCheck(check, ['mask-improper']);
      times.push(performance.now() - t0);
    }
    return times;
  },

  logFirstPage(reps) {
    return timed(reps, async () => {
      paintRows(await passagePage(NO_FILTER, null, 50));
      await painted();
    });
  },

  logFilteredPage(dayStart, gateId, reps) {
    const filter = {
      ...NO_FILTER,
      from: dayStart,
      to: dayStart + DAY_MS - 1,
      verdict: 'deny' as const,
      gateId,
    };
    return timed(reps, async () => {
      paintRows(await passagePage(filter, null, 50));
      await painted();
    });
  },

  dashboardDay(dayStart, reps) {
    const d = db();
    return timed(reps, async () => {
      const cells = await Promise.all(
        GATE_IDS.flatMap((gate) =>
          Array.from({ length: 24 }, (_, h) =>
            d.passages
              .where('[gateId+at]')
              .between([gate, dayStart + h * HOUR_MS], [gate, dayStart + (h + 1) * HOUR_MS], true, false)
              .count(),
          ),
        ),
      );
      const [review, deny] = await Promise.all(
        (['review', 'deny'] as const).map((v) =>
          d.passages
            .where('[verdict+at]')
            .between([v, dayStart], [v, dayStart + DAY_MS], true, false)
            .toArray(),
        ),
      );
      out.innerHTML =
        `<p>review ${review?.length ?? 0} deny ${deny?.length ?? 0}</p><table>` +
        GATE_IDS.map(
          (gate, g) =>
            `<tr><th>${gate}</th>${cells
              .slice(g * 24, g * 24 + 24)
              .map((c) => `<td>${c}</td>`)
              .join('')}</tr>`,
        ).join('') +
        '</table>';
      await painted();
    });
  },

  async exportCsv(from, to, reps) {
    let rows = 0;
    const times = await timed(reps, async () => {
      rows = await exportLogs({ ...NO_FILTER, from, to }, 'bench', Date.now());
    });
    return { times, rows };
  },
};
document.body.dataset.ready = 'true';
