/**
 * `hub_subdistrict_day_s`: a subdistrict's day (260,000 passages of 164 gates in 82 estates,
 * ~1,585 a gate) pushed to a hub listening on a port, over real HTTP: each gate's own key signs
 * each request (fetch), batches of 500 in its chain's order. PostgreSQL is the figure, PGlite the
 * baseline when it finishes within its budget. The estates and gates are made through the API
 * first (not timed); the time runs from the first push to the last acknowledgement.
 *
 * Concurrency (BENCH_SUBDISTRICT_CONCURRENCY, default 8): that many gates send at once, each its
 * batches one after another (a tablet never has two pushes in flight), the next gate starting
 * when one is done. Eight keeps the hub's one event loop busy (parsing and verifying one batch
 * while others wait on the database) and PostgreSQL's backends busy on both cores, stays under
 * the pool's 10 connections so no push waits for a connection, and is what a morning's backlog
 * looks like: not all 164 gates in the same second, but many at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/hub/db/migrate.ts';
import { openPglite } from '../../src/hub/db/pglite.ts';
import { openPostgres } from '../../src/hub/db/postgres.ts';
import type { HubDb } from '../../src/hub/db/types.ts';
import { buildServer } from '../../src/hub/server.ts';
import { type Enrolled, signedInject, signToken, type TestDevice } from '../../src/hub/test/device.ts';
import { findPgBin, startCluster } from '../../src/hub/test/pg-cluster.ts';
import { gateDay, simulateSubdistrict } from '../../src/hub/test/subdistrict.ts';
import { type Metrics, quantile, round, writeMetrics } from './metric.ts';

const PASSAGES = Number(process.env.BENCH_SUBDISTRICT_PASSAGES ?? 260_000);
const ESTATES = 82;
const GATES = 2;
const BATCH = 500;
const CONCURRENCY = Number(process.env.BENCH_SUBDISTRICT_CONCURRENCY ?? 8);
/** PGlite (one process, one connection) gets this long before it is stopped and reported as such. */
const PGLITE_BUDGET_S = Number(process.env.BENCH_SUBDISTRICT_PGLITE_S ?? 300);
const DAY = Date.UTC(2026, 11, 6);

/** One gate's day as request bodies, in order. */
interface GateWork {
  e: number;
  g: number;
  bodies: string[];
  records: number;
}

/** The day's work: every gate's share of PASSAGES (the first ones one more), batched and serialised. */
function work(): GateWork[] {
  const gates = ESTATES * GATES;
  const out: GateWork[] = [];
  for (let i = 0; i < gates; i++) {
    const count = Math.floor(PASSAGES / gates) + (i < PASSAGES % gates ? 1 : 0);
    const e = Math.floor(i / GATES) + 1;
    const g = (i % GATES) + 1;
    const bodies = gateDay(e, g, count, DAY, BATCH).map((records) => JSON.stringify({ records }));
    out.push({ e, g, bodies, records: count });
  }
  return out;
}

interface Run {
  seconds: number;
  pushed: number;
  stored: number;
  breaks: number;
  finished: boolean;
  load: number[];
  /** The subdistrict reader's day: log first page and dashboard, median ms of 5 after 1 warm-up. */
  logMs: number;
  dashboardMs: number;
}

async function measure(db: HubDb, day: GateWork[], budgetS: number): Promise<Run> {
  await migrate(db);
  const codes: string[] = [];
  const hub = await buildServer({ db, distDir: '/nonexistent', onSetupCode: (c) => codes.push(c) });
  try {
    const sub = await simulateSubdistrict(
      hub.app,
      () => codes.at(-1) ?? '',
      { estates: ESTATES, gates: GATES },
      Date.now,
    );
    await hub.app.listen({ port: 0, host: '127.0.0.1' });
    const address = hub.app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const base = `http://127.0.0.1:${address.port}`;
    const deviceOf = (w: GateWork): { key: TestDevice['privateKey']; id: Enrolled } => {
      const d = sub.estates[w.e - 1]?.gates[w.g - 1];
      if (!d?.id) throw new Error(`no gate ${w.e}/${w.g}`);
      return { key: d.privateKey, id: d.id };
    };
    const queue = [...day];
    let pushed = 0;
    const t0 = performance.now();
    const until = t0 + budgetS * 1000;
    const load: number[] = [loadavg()[0] ?? 0];
    const sampler = setInterval(() => load.push(loadavg()[0] ?? 0), 10_000);
    const worker = async () => {
      for (let w = queue.shift(); w; w = queue.shift()) {
        const device = deviceOf(w);
        for (const body of w.bodies) {
          if (performance.now() > until) return;
          const token = await signToken(device.key, device.id, 'POST', '/api/push', body, Date.now());
          const r = await fetch(`${base}/api/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-gate-device': token },
            body,
          });
          const answer = (await r.json()) as { accepted?: number; error?: string };
          if (r.status !== 200) throw new Error(`push ${w.e}/${w.g}: ${r.status} ${JSON.stringify(answer)}`);
          pushed += answer.accepted ?? 0;
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - t0) / 1000;
    load.push(loadavg()[0] ?? 0);
    const count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM records');
    const breaks = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM chain_breaks');
    const stored = count.rows[0]?.n ?? 0;
    const read = async (url: string) => {
      const ms: number[] = [];
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        const r = await signedInject(hub.app, sub.reader, 'GET', url, undefined, Date.now());
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.body}`);
        ms.push(performance.now() - t);
      }
      return quantile(ms.slice(1), 0.5);
    };
    const range = `from=${DAY}&to=${DAY + 86_400_000}`;
    return {
      seconds,
      pushed,
      stored,
      breaks: breaks.rows[0]?.n ?? 0,
      finished: stored === PASSAGES,
      load,
      logMs: await read(`/api/log?${range}&verdict=review&limit=50`),
      dashboardMs: await read(`/api/dashboard?${range}`),
    };
  } finally {
    await hub.app.close();
    await db.close();
  }
}

const describeRun = (name: string, r: Run) =>
  `${name}: ${r.stored} stored in ${round(r.seconds)} s (${Math.round(r.stored / r.seconds)}/s), ` +
  `${r.breaks} chain breaks, 1-min load ${round(Math.min(...r.load))}-${round(Math.max(...r.load))}; ` +
  `reader's log page ${round(r.logMs)} ms, dashboard ${round(r.dashboardMs)} ms`;

const day = work();
const folder = mkdtempSync(join(tmpdir(), 'hub-subdistrict-'));
const bin = findPgBin();
const cluster = bin ? await startCluster(bin) : null;
try {
  const pg = cluster ? await measure(await openPostgres(cluster.url), day, 3600) : null;
  if (pg) process.stderr.write(`hub-subdistrict: ${describeRun('PostgreSQL', pg)}\n`);
  const lite = await measure(await openPglite(join(folder, 'data')), day, PGLITE_BUDGET_S);
  process.stderr.write(`hub-subdistrict: ${describeRun('PGlite', lite)}\n`);
  const main = pg ?? (lite.finished ? lite : null);
  const liteNote = lite.finished
    ? `PGlite ${round(lite.seconds)} s (load ${round(Math.max(...lite.load))})`
    : `PGlite stopped after its ${PGLITE_BUDGET_S} s budget at ${lite.stored} passages ` +
      `(${Math.round(lite.stored / lite.seconds)}/s: the day would take ~${Math.round((PASSAGES * lite.seconds) / lite.stored)} s)`;
  const metrics: Metrics = {
    hub_subdistrict_day_s: {
      value: main ? round(main.seconds) : null,
      unit: 's',
      n: main ? main.stored : 0,
      baseline: pg && lite.finished ? round(lite.seconds) : null,
      note:
        `${PASSAGES} passages of ${ESTATES * GATES} gates in ${ESTATES} estates, batches of ${BATCH}, ` +
        `${CONCURRENCY} gates at once, signed fetch to a listening hub; ` +
        (pg
          ? `${describeRun('PostgreSQL 15 (fsync off, as the tests run it)', pg)}; baseline: ${liteNote}`
          : `PostgreSQL not installed; ${liteNote}`),
    },
  };
  writeMetrics(metrics);
} finally {
  cluster?.stop();
  rmSync(folder, { recursive: true, force: true });
}
