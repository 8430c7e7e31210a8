/**
 * `npm start` (after `vite build`): the hub on http://127.0.0.1:4173 (PORT, HOST), serving the
 * app in dist/ (HUB_DIST: another build, as the benchmarks' temporary one) and the API, on PGlite in hub-data/ (HUB_DATA) unless DATABASE_URL names a
 * PostgreSQL server. `--cert FILE --key FILE` serve HTTPS (for a LAN). Stops cleanly on
 * SIGINT / SIGTERM: the server stops taking requests, then the database closes (and its lock goes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from './db/migrate.ts';
import { openPglite } from './db/pglite.ts';
import { openPostgres } from './db/postgres.ts';
import type { HubDb } from './db/types.ts';
import { buildServer } from './server.ts';

const { values } = parseArgs({ options: { cert: { type: 'string' }, key: { type: 'string' } } });
if (Boolean(values.cert) !== Boolean(values.key)) {
  process.stderr.write('hub: --cert and --key go together (PEM files).\n');
  process.exit(2);
}
const tls =
  values.cert && values.key
    ? { cert: readFileSync(values.cert, 'utf8'), key: readFileSync(values.key, 'utf8') }
    : undefined;
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

let db: HubDb;
try {
  db = process.env.DATABASE_URL
    ? await openPostgres(process.env.DATABASE_URL)
    : await openPglite(resolve(process.env.HUB_DATA ?? 'hub-data'));
} catch (e) {
  process.stderr.write(`hub: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
await migrate(db);
const { app } = await buildServer({
  db,
  distDir: resolve(process.env.HUB_DIST ?? 'dist'),
  tls,
  logErrors: true,
  // Personal data past the estate's retention days is cleared at start and then hourly.
  retentionEveryMs: 3_600_000,
  onSetupCode: (code) =>
    process.stdout.write(
      `一次性设置码（创建小区及其第一位管理员，用一次即换新）Setup code (creates one estate and its first manager; single use): ${code}\n`,
    ),
});

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`hub: ${signal}, stopping…\n`);
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port, host });
const url = `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
process.stdout.write(`门岗核验集中服务 Gate hub: ${url} (${db.kind})\n`);
