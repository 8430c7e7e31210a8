/**
 * The embedded database: PGlite (PostgreSQL in WebAssembly, in this process) with its files in
 * a data folder (`hub-data/` by default), or in memory for tests.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataFolder } from './lock.ts';
import type { HubDb, Rows, Sql } from './types.ts';

/** PostgreSQL's type oid of BIGINT. */
const INT8 = 20;

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
  try {
    // BIGINT (revisions, times in ms) as numbers, as pg gives them (postgres.ts).
    db = await PGlite.create(folder ?? undefined, {
      parsers: { [INT8]: (v: string) => Number(v) },
      ...(template ? { loadDataDir: template } : {}),
    });
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
