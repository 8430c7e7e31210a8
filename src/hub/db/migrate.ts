/**
 * Numbered plain-SQL migrations (`src/hub/migrations/NNN_name.sql`), applied in order, each in
 * one transaction together with its row in `hub_migrations`, so a migration is applied whole or
 * not at all. Two hub processes starting at once on one server: the table lock makes the second
 * wait and then find the migration applied.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../project-root.ts';
import type { HubDb } from './types.ts';

/** The folder of the .sql files. */
export const MIGRATIONS_DIR = projectPath('src/hub/migrations');

/** One migration file: its number, name and SQL. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations in `dir`, by number; a gap or a repeated number is an error. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const list = readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(`${dir}/${f}`, 'utf8') }));
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name}: expected number ${i + 1}`);
  });
  return list;
}

/** Applies the migrations not yet applied; returns the versions applied now. */
export async function migrate(db: HubDb, migrations = readMigrations(), now = Date.now()): Promise<number[]> {
  // Not tenant data: one row per schema version (a reference table in docs/scale.md's terms).
  await db.exec(
    'CREATE TABLE IF NOT EXISTS hub_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_ms bigint NOT NULL)',
  );
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.tx(async (sql) => {
      await sql.query('LOCK TABLE hub_migrations IN EXCLUSIVE MODE');
      const found = await sql.query('SELECT 1 FROM hub_migrations WHERE version = $1', [m.version]);
      if (found.rows.length > 0) return false;
      await sql.exec(m.sql);
      await sql.query('INSERT INTO hub_migrations (version, name, applied_ms) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        now,
      ]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
