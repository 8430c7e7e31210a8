/**
 * The embedded database: PGlite (PostgreSQL in WebAssembly, in this process) with its files in
 * a data folder (`hub-data/` by default), or in memory for tests.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataFolder } from './lock.ts';
import type { HubDb, Rows, Sql } from './types.ts';

/** PostgreSQL's type oid of BIGINT. */
const INT8 = 20;

/**
 * PostgreSQL's shared buffers inside PGlite's WebAssembly memory. The default (128 MB) is
 * allocated and touched at start and WebAssembly memory never shrinks: it was most of an idle
 * hub's memory. PGlite reads its files through the operating system, whose page cache keeps
 * them warm, so a small pool costs little (docs/scale.md "The embedded hub's memory").
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(script: string): Promise<unknown>;
}

const wrap = (q: Queryable): Sql => ({
  async query<T>(sql: string, params: unknown[] = []): Promise<Rows<T>> {
    const r = await q.query<T>(sql, params);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
  },
  async exec(script: string): Promise<void> {
    await q.exec(script);
  },
});

/**
 * Makes a new data folder (initdb) in a short-lived Node process. initdb is a second
 * WebAssembly program with memory of its own, which a process that ran it kept to the end
 * (an idle hub of 870 MB after its first start, 400 MB after a restart); the hub then opens
 * the folder as it does on every restart. PGlite's CommonJS build, so no TypeScript loader is needed.
 */
async function initdb(folder: string): Promise<void> {
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const script = `const { PGlite } = require(process.argv[1]);
    PGlite.create(process.argv[2]).then((db) => db.close()).catch((e) => { console.error(e); process.exit(1); });`;
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, ['-e', script, pglite, folder], (error, _out, stderr) => {
      if (error) reject(new Error(`initdb in ${folder} failed: ${stderr || error.message}`));
      else resolve();
    });
  });
}

/**
 * Opens PGlite in `folder` (locked against a second process), or in memory when `folder` is
 * null; `template` (a dumped data folder) skips initdb, which the tests use to start in a second.
 */
export async function openPglite(folder: string | null, template?: Blob): Promise<HubDb> {
  let release = () => {};
  if (folder !== null) {
    mkdirSync(folder, { recursive: true });
    release = lockDataFolder(folder);
  }
  let db: PGlite;
  const options = {
    // BIGINT (revisions, times in ms) as numbers, as pg gives them (postgres.ts).
    parsers: { [INT8]: (v: string) => Number(v) },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    ...(template ? { loadDataDir: template } : {}),
  };
  try {
    if (folder !== null && !template && !existsSync(join(folder, 'PG_VERSION'))) await initdb(folder);
    db = await PGlite.create(folder ?? undefined, options);
  } catch (e) {
    release();
    throw e;
  }
  const sql = wrap(db);
  let closing: Promise<void> | null = null;
  return {
    kind: 'pglite',
    query: sql.query,
    exec: sql.exec,
    tx: (fn) => db.transaction((t) => fn(wrap(t))),
    close() {
      closing ??= db.close().finally(release);
      return closing;
    },
  };
}
