/**
 * Hub figures, on PostgreSQL (the figure) and on PGlite (beside it, as `baseline`): passages
 * ingested per second through POST /api/push in batches of 500 (signed requests, schema, role,
 * chain check, one transaction each), the console log's first page with a day + verdict + gate
 * filter over what was ingested, and the resident memory of an idle hub process (start.ts).
 * PostgreSQL is a throwaway cluster from Debian's packages, as the hub's tests start it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/hub/db/migrate.ts';
import { openPglite } from '../../src/hub/db/pglite.ts';
import { openPostgres } from '../../src/hub/db/postgres.ts';
import type { HubDb } from '../../src/hub/db/types.ts';
import { buildServer } from '../../src/hub/server.ts';
import { signedInject } from '../../src/hub/test/device.ts';
import { healthy, startHubProcess } from '../../src/hub/test/hub-process.ts';
import { passages, START } from '../../src/hub/test/passages.ts';
import { findPgBin, startCluster } from '../../src/hub/test/pg-cluster.ts';
import type { PushedRecord } from '../../src/wire/kinds.ts';
import { buildHub } from '../build-hub.mjs';
import { estate } from './hub-estate.ts';
import { type Metrics, quantile, round, writeMetrics } from './metric.ts';

const PASSAGES = Number(process.env.BENCH_HUB_PASSAGES ?? 20_000);
const BATCH = 500;
const GATES = ['west', 'east', 'north', 'south'];
const DAY = Date.UTC(2026, 11, 6);

/** The batches: four tablets' chains over one day, verdicts mixed, in batches of 500. */
function batches(): PushedRecord[][] {
  const perTablet = PASSAGES / GATES.length;
  const out: PushedRecord[][] = [];
  const chains = GATES.map(
    (g) =>
      passages(`tab-${g}`, perTablet, START, DAY, (seq) => ({
        gateId: g,
        verdict: seq % 10 === 0 ? 'deny' : seq % 4 === 0 ? 'review' : 'pass',
        at: DAY + Math.floor((seq / perTablet) * 86_000_000),
      })).records,
  );
  for (let i = 0; i < perTablet; i += BATCH) for (const c of chains) out.push(c.slice(i, i + BATCH));
  return out;
}

async function measure(db: HubDb, all: PushedRecord[][]): Promise<{ perS: number; logMs: number[] }> {
  await migrate(db);
  const codes: string[] = [];
  const hub = await buildServer({ db, distDir: '/nonexistent', onSetupCode: (c) => codes.push(c) });
  try {
    const { manager, gate } = await estate(hub, () => codes.at(-1) ?? '');
    const t0 = performance.now();
    for (const records of all) {
      const r = await signedInject(hub.app, gate, 'POST', '/api/push', { records }, Date.now());
      if (r.statusCode !== 200 || r.json().accepted !== records.length) throw new Error(`push: ${r.body}`);
    }
    const perS = (all.length * BATCH) / ((performance.now() - t0) / 1000);
    const logMs: number[] = [];
    const url = `/api/log?from=${DAY}&to=${DAY + 86_400_000}&verdict=review&gate=east&limit=50`;
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      const r = await signedInject(hub.app, manager, 'GET', url, undefined, Date.now());
      if (r.statusCode !== 200 || r.json().passages?.length === 0) throw new Error(`log: ${r.body}`);
      logMs.push(performance.now() - t);
    }
    return { perS, logMs: logMs.slice(5) };
  } finally {
    await hub.app.close();
    await db.close();
  }
}

/** The resident memory (MB) of a hub process 5 s after it answers, idle. */
async function idleRss(env: Record<string, string>): Promise<number | null> {
  const port = 21000 + Math.floor(Math.random() * 9000);
  const hub = startHubProcess({ ...env, PORT: String(port) }, [], await buildHub());
  try {
    // A first start makes the PGlite data folder (initdb): minutes on a loaded machine.
    await healthy(port, 300_000);
    await new Promise((r) => setTimeout(r, 5000));
    const status = readFileSync(`/proc/${hub.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  } catch (e) {
    process.stderr.write(`hub bench: idle hub: ${e instanceof Error ? e.message : e}\n${hub.log.text}\n`);
    return null;
  } finally {
    hub.child.kill('SIGTERM');
    await hub.exited;
  }
}

const all = batches();
const folder = mkdtempSync(join(tmpdir(), 'hub-bench-'));
const bin = findPgBin();
const cluster = bin ? await startCluster(bin) : null;
try {
  const lite = await measure(await openPglite(join(folder, 'ingest')), all);
  process.stderr.write(`hub bench: PGlite ${Math.round(lite.perS)} passages/s\n`);
  const pg = cluster ? await measure(await openPostgres(cluster.url), all) : null;
  const liteRss = await idleRss({ HUB_DATA: join(folder, 'idle'), DATABASE_URL: '' });
  const pgRss = cluster ? await idleRss({ DATABASE_URL: cluster.url }) : null;
  const main = pg ?? lite;
  const on = pg
    ? 'PostgreSQL 15 (fsync off, as the tests run it); baseline: PGlite'
    : 'PGlite (PostgreSQL not installed)';
  const metrics: Metrics = {
    hub_ingest_passages_per_s: {
      value: round(main.perS),
      unit: 'passages/s',
      n: all.length,
      baseline: pg ? round(lite.perS) : null,
      note: `${PASSAGES} passages of 4 tablets pushed in batches of ${BATCH} through POST /api/push (inject); ${on}`,
    },
    hub_log_first_page_ms: {
      value: round(quantile(main.logMs, 0.5)),
      unit: 'ms',
      n: main.logMs.length,
      baseline: pg ? round(quantile(lite.logMs, 0.5)) : null,
      note: `median, GET /api/log one day + verdict + gate, 50 rows, over ${PASSAGES} passages; ${on}`,
    },
    hub_idle_rss_mb: {
      value: liteRss === null ? null : round(liteRss),
      unit: 'MB',
      n: liteRss === null ? 0 : 1,
      baseline: pgRss === null ? null : round(pgRss),
      note: 'npm start (the bundle on plain Node) 5 s after it answers, idle: PGlite in the process (the figure); baseline: on PostgreSQL',
    },
  };
  writeMetrics(metrics);
} finally {
  cluster?.stop();
  rmSync(folder, { recursive: true, force: true });
}
