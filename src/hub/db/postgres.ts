/** A PostgreSQL server through a `pg` pool (DATABASE_URL): the hub of a subdistrict. */
import pg from 'pg';
import type { HubDb, Rows, Sql } from './types.ts';

// BIGINT (revisions, counts) as numbers: a per-estate revision stays far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

const wrap = (q: Queryable): Sql => ({
  async query<T>(sql: string, params: unknown[] = []): Promise<Rows<T>> {
    const r = await q.query(sql, params);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  },
  async exec(script: string): Promise<void> {
    await q.query(script);
  },
});

/** Opens a pool on `url`; the first statement checks that the server answers. */
export async function openPostgres(url: string, max = 10): Promise<HubDb> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client's error (the server restarting) must not crash the hub: the pool drops it.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const sql = wrap(pool);
  return {
    kind: 'postgres',
    query: sql.query,
    exec: sql.exec,
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
