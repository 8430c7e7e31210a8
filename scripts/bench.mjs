#!/usr/bin/env node
/**
 * `npm run bench`: builds the app into a temporary folder, serves it on its own port, runs the
 * benchmark parts (Node decoders, Chromium gate, Chromium database), then writes
 * bench/results.json (../shared/CONTRACTS.md §4) and prints a table. Leaves no process running.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 4183);
const url = `http://127.0.0.1:${port}`;
const work = mkdtempSync(join(tmpdir(), 'gate-bench-'));
const appDir = join(work, 'app');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
// Other work on the machine skews every figure: the load is reported beside them.
const loadAtStart = loadavg()[0];

/** The metrics in report order, with their targets (what "good" is, not a result). */
const TARGETS = [
  ['scan_to_verdict_p95_ms', '<=', 150],
  ['decode_frame_median_ms', '<=', 5],
  ['qr_images_decoded', 'max', null],
  ['record_write_p95_ms_at_1m', '<=', 10],
  ['log_first_page_ms_at_1m', '<=', 100],
  ['log_filtered_page_ms_at_1m', '<=', 100],
  ['dashboard_day_ms_at_1m', '<=', 150],
  ['export_100k_csv_ms', '<=', 2000],
  ['cold_start_to_camera_ms', '<=', 1500],
  ['initial_js_gzip_kb', '<=', 150],
  ['hub_ingest_passages_per_s', '>=', 5000],
  ['hub_subdistrict_day_s', '<=', 60],
  ['hub_log_first_page_ms', '<=', 50],
  ['hub_log_first_page_ms_at_1m', '<=', 50],
  ['hub_export_100k_csv_ms', '<=', 1500],
  ['hub_idle_rss_mb', '<=', 200],
  ['sync_propagation_p95_ms', '<=', 2000],
  ['sync_catch_up_35k_s', '<=', 30],
  ['sync_fresh_tablet_33k_residents_s', '<=', 10],
  // Unchanged within noise against its baseline (the same tablet with no hub, same run).
  ['scan_to_verdict_p95_ms_with_sync', '<=', 150],
];

/** Which part measures which metrics (so a failed part is reported, not silently missing). */
const PARTS = [
  { file: 'decode.ts', timeoutS: 150, names: ['decode_frame_median_ms', 'qr_images_decoded'] },
  {
    file: 'gate.ts',
    timeoutS: 200,
    names: ['initial_js_gzip_kb', 'scan_to_verdict_p95_ms', 'cold_start_to_camera_ms'],
  },
  {
    file: 'db.ts',
    timeoutS: 560,
    names: [
      'record_write_p95_ms_at_1m',
      'log_first_page_ms_at_1m',
      'log_filtered_page_ms_at_1m',
      'dashboard_day_ms_at_1m',
      'export_100k_csv_ms',
    ],
  },
  {
    file: 'hub.ts',
    timeoutS: 400,
    names: ['hub_ingest_passages_per_s', 'hub_log_first_page_ms', 'hub_idle_rss_mb'],
  },
  // PostgreSQL's run, then PGlite's (stopped after BENCH_SUBDISTRICT_PGLITE_S, 300 s by default).
  { file: 'hub-subdistrict.ts', timeoutS: 900, names: ['hub_subdistrict_day_s'] },
  {
    file: 'hub-queries.ts',
    timeoutS: 1200,
    names: ['hub_log_first_page_ms_at_1m', 'hub_export_100k_csv_ms'],
  },
  // A hub (PGlite) serving this build, tablets in Chromium: the estate's registry, two gates, a week offline.
  {
    file: 'sync.ts',
    timeoutS: 900,
    names: [
      'sync_fresh_tablet_33k_residents_s',
      'sync_propagation_p95_ms',
      'sync_catch_up_35k_s',
      'scan_to_verdict_p95_ms_with_sync',
    ],
  },
];

const log = (text) => process.stderr.write(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${text}\n`);

let current = null;

/** Runs a child in its own process group and kills the whole group on timeout. */
function run(cmd, args, timeoutS, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
      env: { ...process.env, ...env },
    });
    current = child;
    const timer = setTimeout(() => {
      log(`${args.join(' ')}: over ${timeoutS} s, stopped`);
      killGroup(child);
    }, timeoutS * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolveRun(code === 0 ? null : `exit ${code ?? signal}`);
    });
  });
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitForServer(deadlineMs) {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

const round2 = (x) => Math.round(x * 100) / 100;

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Reported as unknown.
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    free_memory_gb: Math.round(freemem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    load_average_1m: { start: round2(loadAtStart), end: round2(loadavg()[0]) },
    passages: Number(process.env.BENCH_PASSAGES ?? 1_000_000),
    date: new Date().toISOString(),
  };
}

function printTable(metrics) {
  const rows = [['metric', 'value', 'baseline', 'n', 'target', '']];
  for (const [name, op, target] of TARGETS) {
    const m = metrics[name];
    const v = m?.value ?? null;
    const met =
      v === null
        ? ''
        : op === 'max'
          ? m.baseline === null || v >= m.baseline
            ? 'ok'
            : 'MISS'
          : (op === '>=' ? v >= target : v <= target)
            ? 'ok'
            : 'MISS';
    rows.push([
      name,
      v === null ? 'n/a' : `${v} ${m.unit}`,
      m?.baseline === null || m?.baseline === undefined ? '' : `${m.baseline} ${m.unit}`,
      String(m?.n ?? 0),
      op === 'max' ? 'most of any decoder' : `${op} ${target}`,
      met,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i])).join('  ')}\n`);
}

let server = null;
const stop = () => {
  if (current && current.exitCode === null) killGroup(current);
  if (server) killGroup(server);
  rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});
process.on('SIGTERM', () => {
  stop();
  process.exit(143);
});

const metrics = {};
try {
  log('building the app');
  const built = await run(
    bin('vite'),
    ['build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
    180,
  );
  if (built) throw new Error(`vite build failed: ${built}`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: join(root, 'scripts', 'bench', 'page'),
    base: '/__bench/',
    logLevel: 'warn',
    build: { outDir: join(appDir, '__bench'), emptyOutDir: true, target: 'es2022' },
  });
  // Something else already answering on the port would be measured instead of this build.
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`${url} is already in use: stop what serves it or set BENCH_PORT`);
  }
  server = spawn(
    bin('vite'),
    ['preview', '--outDir', appDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: 'ignore',
      detached: true,
    },
  );
  await waitForServer(Date.now() + 30_000);
  log(`serving ${appDir} at ${url}`);

  // BENCH_ONLY=db.ts (comma-separated) runs only some parts, when working on one of them.
  const only = process.env.BENCH_ONLY?.split(',');
  for (const part of PARTS) {
    if (only && !only.includes(part.file)) continue;
    log(`running ${part.file}`);
    const out = join(work, `${part.file}.json`);
    const failed = await run(bin('tsx'), [join('scripts', 'bench', part.file), out], part.timeoutS, {
      BENCH_URL: url,
      BENCH_DIST: appDir,
    });
    let got = {};
    try {
      got = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      // The part wrote nothing: every metric it owns is reported as not measured.
    }
    for (const name of part.names) {
      metrics[name] = got[name] ?? {
        value: null,
        unit: '',
        n: 0,
        baseline: null,
        note: `not measured: ${part.file} ${failed ?? 'wrote no figure'}`,
      };
    }
  }
} finally {
  stop();
}

const results = {
  machine: { ...machine(), bench_seconds: Math.round((Date.now() - started) / 1000) },
  metrics,
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
printTable(metrics);
log(`wrote bench/results.json in ${results.machine.bench_seconds} s`);
