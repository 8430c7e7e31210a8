/**
 * The hub's console queries at scale, on PostgreSQL (the figure) and on PGlite (beside it, as
 * `baseline`): one estate holding 1,000,000 passages (inserted with SQL, INSERT … SELECT over
 * generate_series building bodies shaped like pushed passages, over 30 days at 4 gates), then
 * - `hub_log_first_page_ms_at_1m`: GET /api/log's first page filtered by one day + a verdict + a
 *   gate, through inject (signed request, schema, SQL), median of 20 after 5 warm-ups;
 * - `hub_export_100k_csv_ms`: GET /api/export.csv of a range holding 100,000 of them, through the
 *   route (streamed in pages), median of 3.
 * PostgreSQL is a throwaway cluster from Debian's packages, as the hub's tests start it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/hub/db/migrate.ts';
import { openPglite } from '../../src/hub/db/pglite.ts';
import { openPostgres } from '../../src/hub/db/postgres.ts';
import type { HubDb } from '../../src/hub/db/types.ts';
import { buildServer } from '../../src/hub/server.ts';
import { signedInject } from '../../src/hub/test/device.ts';
import { findPgBin, startCluster } from '../../src/hub/test/pg-cluster.ts';
import { estate } from './hub-estate.ts';
import { type Metrics, quantile, round, writeMetrics } from './metric.ts';

const PASSAGES = Number(process.env.BENCH_HUB_QUERY_PASSAGES ?? 1_000_000);
const EXPORTED = 100_000;
const DAYS = 30;
const START = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
// Passages evenly over the days: the time between two of them.
const STEP = Math.floor((DAYS * DAY) / PASSAGES);
const CHUNK = 100_000;

const log = (text: string) => process.stderr.write(`hub-queries bench: ${text}\n`);

/**
 * Inserts passages `from..to` (1-based) of the estate's one tablet, each like a pushed passage:
 * a check, reasons on every review and deny, a person on most, a chain link (not a real one:
 * the chain check is not what is measured here).
 */
async function insertPassages(db: HubDb, estateId: string, deviceId: string, from: number, to: number) {
  await db.query(
    `INSERT INTO records (estate_id, kind, record_id, device_id, revision, body, received_ms)
     SELECT $1, 'passage', 'bench-p' || lpad(g::text, 8, '0'), $2, g,
            jsonb_build_object(
              'id', 'bench-p' || lpad(g::text, 8, '0'),
              'at', $5::bigint + g * $6::bigint,
              'gateId', (ARRAY['west', 'east', 'north', 'south'])[1 + (g / 7) % 4],
              'deviceId', 'tab-bench',
              'direction', CASE WHEN g % 2 = 0 THEN 'in' ELSE 'out' END,
              'codeHash', md5(g::text) || md5((g + 1)::text),
              'codeFormat', 'estate-pass',
              'verdict', CASE WHEN g % 10 = 0 THEN 'deny' WHEN g % 4 = 0 THEN 'review' ELSE 'pass' END,
              'reasons', CASE WHEN g % 10 = 0 THEN '["fever"]'::jsonb
                              WHEN g % 4 = 0 THEN '["mask-improper"]'::jsonb ELSE '[]'::jsonb END,
              'personId', 'person-' || (g % 5000),
              'who', jsonb_build_object('name', '王*明', 'place', '3-2-' || (g % 1800)),
              'check', jsonb_build_object(
                'temperaturesC', jsonb_build_array(36.5), 'mask', 'ok', 'colour', 'green',
                'colourSource', 'verified', 'signature', 'valid', 'validity', 'valid',
                'personKind', 'resident', 'volunteer', '张志愿', 'policyVersion', 3),
              'chain', jsonb_build_object('seq', g, 'prev', md5((g - 1)::text), 'hash', md5(g::text),
                'key', 'bench-key', 'mac', 'bench', 'personal', md5(g::text))),
            $3
       FROM generate_series($4::bigint, $7::bigint) AS g`,
    [estateId, deviceId, Date.now(), from, START, STEP, to],
  );
}

async function measure(db: HubDb, label: string): Promise<{ logMs: number[]; exportMs: number[] }> {
  await migrate(db);
  const codes: string[] = [];
  const hub = await buildServer({ db, distDir: '/nonexistent', onSetupCode: (c) => codes.push(c) });
  try {
    const { manager, gate } = await estate(hub, () => codes.at(-1) ?? '');
    const estateId = manager.id?.estateId as string;
    const t0 = performance.now();
    for (let from = 1; from <= PASSAGES; from += CHUNK) {
      await insertPassages(
        db,
        estateId,
        gate.id?.deviceId as string,
        from,
        Math.min(PASSAGES, from + CHUNK - 1),
      );
    }
    await db.query('UPDATE estates SET revision = $2 WHERE estate_id = $1', [estateId, PASSAGES]);
    await db.query('ANALYZE records');
    log(`${label}: ${PASSAGES} passages inserted in ${Math.round((performance.now() - t0) / 1000)} s`);

    const day = START + 12 * DAY;
    const logUrl = `/api/log?from=${day}&to=${day + DAY}&verdict=review&gate=east&limit=50`;
    const logMs: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      const r = await signedInject(hub.app, manager, 'GET', logUrl, undefined, Date.now());
      if (r.statusCode !== 200 || r.json().passages?.length !== 50)
        throw new Error(`log: ${r.body.slice(0, 300)}`);
      if (i >= 5) logMs.push(performance.now() - t);
    }
    log(`${label}: log first page median ${round(quantile(logMs, 0.5))} ms`);

    // A range holding exactly EXPORTED passages (at = START + g * STEP).
    const from = START + 200_001 * STEP;
    const exportUrl = `/api/export.csv?from=${from}&to=${from + EXPORTED * STEP}`;
    const exportMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = await signedInject(hub.app, manager, 'GET', exportUrl, undefined, Date.now());
      const took = performance.now() - t;
      const lines = r.body.split('\r\n').length - 2;
      if (r.statusCode !== 200 || lines !== EXPORTED)
        throw new Error(`export: ${lines} rows, ${r.body.slice(0, 300)}`);
      exportMs.push(took);
    }
    log(`${label}: export of ${EXPORTED} median ${round(quantile(exportMs, 0.5))} ms`);
    return { logMs, exportMs };
  } finally {
    await hub.app.close();
    await db.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'hub-queries-bench-'));
const bin = findPgBin();
const cluster = bin ? await startCluster(bin) : null;
try {
  const pg = cluster ? await measure(await openPostgres(cluster.url), 'PostgreSQL') : null;
  const lite = await measure(await openPglite(join(folder, 'lite')), 'PGlite');
  const main = pg ?? lite;
  const on = pg
    ? 'PostgreSQL 15 (fsync off, as the tests run it); baseline: PGlite'
    : 'PGlite (PostgreSQL not installed)';
  const metrics: Metrics = {
    hub_log_first_page_ms_at_1m: {
      value: round(quantile(main.logMs, 0.5)),
      unit: 'ms',
      n: main.logMs.length,
      baseline: pg ? round(quantile(lite.logMs, 0.5)) : null,
      note: `median, GET /api/log one day + verdict + gate, 50 rows, one estate of ${PASSAGES} passages over ${DAYS} days at 4 gates; ${on}`,
    },
    hub_export_100k_csv_ms: {
      value: round(quantile(main.exportMs, 0.5)),
      unit: 'ms',
      n: main.exportMs.length,
      baseline: pg ? round(quantile(lite.exportMs, 0.5)) : null,
      note: `median, GET /api/export.csv of ${EXPORTED} passages (inject: the whole response) out of ${PASSAGES}; ${on}`,
    },
  };
  writeMetrics(metrics);
} finally {
  cluster?.stop();
  rmSync(folder, { recursive: true, force: true });
}
